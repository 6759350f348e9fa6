export { type DemoOptions, type DemoResult, runDemo } from './runDemo.js';
