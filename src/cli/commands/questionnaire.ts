import path from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { formatOption, nowFrom, toJson } from '../options.js';

interface AnswerFlags {
  out?: string;
  map: string;
  answers?: string;
  questionCol?: string;
  answerCol?: string;
  yesNoCol?: string;
  sheet?: string;
  buyer?: string;
  format: 'text' | 'json';
  discover: boolean;
  sentenceModel: boolean;
  record: boolean;
  buyerCopy?: boolean;
}

/** The buyer's text for a terminal: no control characters (escape sequences), one line, at most `limit` long. */
const plain = (text: string, limit: number) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').slice(0, limit);

/** Questions to encode from which the CLI says why the run pauses (about a second of encoding on two cores). */
const ENCODE_NOTICE = 50;

function answerCommand(context: CliContext): Command {
  return new Command('answer')
    .description('fill a buyer’s security or AI questionnaire (.xlsx or .csv) from the map, with sources')
    .argument('<file>', 'the questionnaire, .xlsx or .csv')
    .option('--out <file>', 'write the filled copy here (same format as the input)')
    .option('--map <path>', 'trustmap.yaml, or the folder that holds it', '.')
    .option('--answers <file>', 'approved answer library (default: answers.yaml beside the map)')
    .option('--question-col <col>', 'question column: a letter (B) or its header text')
    .option('--answer-col <col>', 'free-text answer column: a letter or its header text')
    .option('--yes-no-col <col>', 'Yes/No column: a letter or its header text')
    .option('--sheet <name>', 'answer only this sheet')
    .option('--buyer <name>', 'the buyer, recorded with the questionnaire’s counts')
    .option('--no-discover', 'do not scan the code next to the map')
    .option(
      '--no-sentence-model',
      'match topics with the word model and BM25 alone (faster on very large files; less accurate on unusual phrasings)',
    )
    .option(
      '--buyer-copy',
      'write the copy you send: no Trustmap columns, colours or notes, and only answers that need no review',
    )
    .option('--no-record', 'do not record the questionnaire under .trustmap/questionnaires/')
    .addOption(formatOption(['text', 'json']))
    .action(async (file: string, flags: AnswerFlags) => {
      // A file not answered before most likely has questions for the sentence model: its encoder starts loading in a
      // worker now, before the matcher and the map are imported (about 0.3 s sooner than answerQuestionnaire would
      // start it). A file answered before most likely has its vectors cached, and the early load would only slow it.
      if (flags.sentenceModel) {
        const encoder = await import('../../questionnaire/sentenceWorkers.js');
        if (!encoder.answeredBefore(path.resolve(context.cwd, file), context.env))
          encoder.warmSentenceEncoder();
      }
      const { answerQuestionnaire, cachedDiscover, columnLetter, reviewFirst, rowLabel } = await import(
        '../../questionnaire/index.js'
      );
      const resolve = (target: string) => path.resolve(context.cwd, target);
      const mapPath = resolve(flags.map);
      const mapRoot = /\.ya?ml$/i.test(mapPath) ? path.dirname(mapPath) : mapPath;
      const run = await answerQuestionnaire({
        input: resolve(file),
        out: flags.out ? resolve(flags.out) : undefined,
        map: mapPath,
        library: flags.answers ? resolve(flags.answers) : undefined,
        questionCol: flags.questionCol,
        answerCol: flags.answerCol,
        yesNoCol: flags.yesNoCol,
        sheet: flags.sheet,
        buyer: flags.buyer,
        now: nowFrom(context.env),
        // A recent scan of the same tree is reused (.trustmap/cache); --no-discover skips scanning altogether.
        discover: flags.discover
          ? cachedDiscover(mapRoot, async (roots) =>
              (await import('../../discover/index.js')).discover(roots),
            )
          : false,
        record: flags.record && Boolean(flags.out) && !flags.buyerCopy,
        copy: flags.buyerCopy ? 'buyer' : 'review',
        sentenceModel: flags.sentenceModel,
        // About 10-20 ms a question a core: past a few dozen, say why the run pauses and how to skip it.
        onEncode: (questions) => {
          if (questions >= ENCODE_NOTICE)
            context.stderr(
              context.colors.dim(
                `the sentence model is reading ${questions} questions the word model is unsure of (a second run of this file reuses them; --no-sentence-model skips this)\n`,
              ),
            );
        },
      });
      if (flags.format === 'json') {
        context.stdout(
          toJson(
            run.questions.map(
              ({
                sheet,
                row,
                question,
                topic,
                answer,
                yesNo,
                confidence,
                status,
                reviewKind,
                sources,
                note,
                also,
              }) => ({
                sheet,
                row,
                question,
                topic,
                answer,
                yesNo,
                confidence,
                status,
                ...(reviewKind ? { reviewKind } : {}),
                sources,
                note,
                ...(also ? { also } : {}),
              }),
            ),
          ),
        );
        return;
      }
      const { colors } = context;
      const count = (status: string) => run.questions.filter((question) => question.status === status).length;
      for (const sheet of run.sheets) {
        const { layout } = sheet;
        context.stdout(
          `${colors.bold(sheet.sheet)}: ${sheet.questions} questions in column ${columnLetter(layout.question)}, answers in ${layout.answer ? columnLetter(layout.answer) : 'a new column'}${layout.yesNo ? `, Yes/No in ${columnLetter(layout.yesNo)}` : ''}\n`,
        );
      }
      const outOfScope = run.questions.filter((question) => question.topic === null).length;
      const unconfirmed = run.questions.filter((question) => question.reviewKind === 'proposed').length;
      context.stdout(
        `${colors.green(`${count('answered')} answered`)}, ${colors.yellow(`${count('review')} to review`)}, ${count('blank')} left blank (${outOfScope} outside every topic${unconfirmed ? `, ${unconfirmed} waiting on map entries not yet confirmed` : ''})${run.kept ? `, ${run.kept} existing answers kept` : ''}\n`,
      );
      const first = reviewFirst(run.questions);
      const held = first.filter((question) => question.answer.trim() !== '').length;
      if (flags.buyerCopy && held > 0)
        context.stdout(
          colors.yellow(
            `the buyer's copy leaves ${held} drafted answer${held === 1 ? '' : 's'} empty until reviewed: settle the facts in the map, or add the text you approve to answers.yaml, then write the copy again\n`,
          ),
        );
      // The buyer's copy is the last step: the count above says what it left out; the list was the review copy's.
      if (first.length > 0 && !flags.buyerCopy) {
        const why = {
          facts: 'facts disputed',
          proposed: 'map entries not yet confirmed',
          unstated: 'asks more than the map says',
          match: 'topic uncertain',
          missing: 'map lacks the facts',
          unknown: 'outside every topic',
        };
        context.stdout(`${colors.bold('Review first:')}\n`);
        for (const question of first.slice(0, 10)) {
          const where = rowLabel(plain(question.sheet, 40), question.row);
          context.stdout(
            `  ${where} (${why[question.reviewKind ?? 'unknown']}): ${plain(question.question, 90)}\n`,
          );
        }
        if (first.length > 10) context.stdout(colors.dim(`  … and ${first.length - 10} more\n`));
      }
      if (run.output) context.stdout(`wrote ${path.relative(context.cwd, run.output) || run.output}\n`);
      else context.stdout(colors.dim('nothing written: pass --out <file> to write the filled copy\n'));
      if (run.recordFile)
        context.stdout(colors.dim(`recorded ${path.relative(context.cwd, run.recordFile)}\n`));
    });
}

function approveCommand(context: CliContext): Command {
  return new Command('approve')
    .description(
      'add the answers marked "Approved" in a review copy’s Trustmap status column to the approved answer library',
    )
    .argument('<file>', 'the review copy (.xlsx or .csv) written by `questionnaire answer --out`')
    .requiredOption('--by <name>', 'who approved the answers (recorded on each entry)')
    .option('--map <path>', 'trustmap.yaml, or the folder that holds it', '.')
    .option('--answers <file>', 'approved answer library (default: answers.yaml beside the map)')
    .action(async (file: string, flags: { by: string; map: string; answers?: string }) => {
      const { approveQuestionnaire } = await import('../../questionnaire/index.js');
      const resolve = (target: string) => path.resolve(context.cwd, target);
      const mapPath = resolve(flags.map);
      const run = await approveQuestionnaire({
        input: resolve(file),
        root: /\.ya?ml$/i.test(mapPath) ? path.dirname(mapPath) : mapPath,
        library: flags.answers ? resolve(flags.answers) : undefined,
        by: flags.by,
        now: nowFrom(context.env),
      });
      const shown = path.relative(context.cwd, run.library) || run.library;
      if (run.empty.length > 0)
        context.stdout(
          context.colors.yellow(
            `marked approved with no answer, so left out: ${run.empty
              .slice(0, 10)
              .map((label) => plain(label, 60))
              .join(', ')}${run.empty.length > 10 ? ` and ${run.empty.length - 10} more` : ''}\n`,
          ),
        );
      if (run.approved.length === 0) {
        context.stdout(
          `nothing to approve: no row says "Approved" in the Trustmap status column beside an answer; ${shown} is unchanged\n`,
        );
        return;
      }
      context.stdout(
        `${context.colors.green(`approved ${run.approved.length} answer${run.approved.length === 1 ? '' : 's'}`)} into ${shown} (${run.added} new, ${run.updated} updated)\n`,
      );
      if (!run.baseline && run.approved.some((entry) => entry.topic))
        context.stdout(
          context.colors.dim(
            'no map read (pass --map): these answers will not reopen for review when a check on their topic starts failing\n',
          ),
        );
      context.stdout(
        context.colors.dim(
          'answer the original questionnaire again with --buyer-copy to write the copy you send, these answers in it\n',
        ),
      );
    });
}

/** `trustmap questionnaire answer|approve <file>`: answers buyers' questionnaires from the map. */
export function questionnaireCommand(context: CliContext): Command {
  return new Command('questionnaire')
    .description('answer buyers’ security and AI questionnaires from the map')
    .addCommand(answerCommand(context))
    .addCommand(approveCommand(context));
}
