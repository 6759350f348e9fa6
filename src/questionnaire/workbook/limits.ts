/** A questionnaire is hundreds of rows; far more means the wrong file, and would only cost memory. */
export const MAX_ROWS_PER_SHEET = 50_000;
