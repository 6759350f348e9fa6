export { type SeededDemo, seedDemo } from './seedDemo.js';
