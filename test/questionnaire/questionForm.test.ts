import { describe, expect, it } from 'vitest';
import { asksYesOrNo } from '../../src/questionnaire/match/questionForm.js';

describe('asksYesOrNo', () => {
  it.each([
    'Do you enforce MFA for all employees accessing production?',
    'Is customer data encrypted at rest?',
    'Are encryption keys rotated at least annually? If so, describe the process.',
    'DSP-07.1 Data is classified and labelled according to its sensitivity.',
    'Y/N: Penetration tests are performed annually',
    'Please confirm that customer data is not used for training.',
    'Has the organization completed an AI impact assessment?',
    'Incident response plan',
  ])('closed: %s', (question) => {
    expect(asksYesOrNo(question)).toBe(true);
  });

  it.each([
    'What is your breach notification timeline to customers?',
    'What are your RTO and RPO?',
    'How long are prompts retained?',
    'Which model providers process our data?',
    'Where is customer data stored?',
    'Describe how you defend against prompt injection.',
    'Please provide your most recent SOC 2 Type II report.',
    'Kindly list all sub-processors.',
    '3.2) Explain your change management process.',
    'To what extent are model outputs reviewed by a person?',
    'Under which circumstances can staff read customer prompts?',
    '  - Outline your backup strategy',
  ])('open: %s', (question) => {
    expect(asksYesOrNo(question)).toBe(false);
  });
});
