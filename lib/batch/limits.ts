import { MAX_BATCH_ROWS } from "./columns";

/**
 * Hard bounds on what reading one uploaded batch file may cost. Each is far above what the
 * 10,000-row template needs and far below what would hurt a worker (a few hundred MB).
 */

/** Upload body: 10,000 rows take about 2 MB as CSV, less as .xlsx. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Data rows read from a sheet: one more than a job may hold, so the report can say "too many". */
export const MAX_DATA_ROWS = MAX_BATCH_ROWS + 1;

/** The last spreadsheet row number read (header, data rows, and room for title and blank rows). */
export const MAX_SHEET_ROW = 2 * MAX_BATCH_ROWS;

/** Columns per sheet (the template has 18; column AX is the last one read). */
export const MAX_SHEET_COLUMNS = 50;

/** Sheets in a workbook (the template has about forty). */
export const MAX_SHEETS = 64;

/** Data rows of all item sheets together: ten items per enterprise of a full file. */
export const MAX_ITEM_ROWS = 10 * MAX_BATCH_ROWS;

/** The last row number read in an item sheet. */
export const MAX_ITEM_SHEET_ROW = 2 * MAX_ITEM_ROWS;

/**
 * Shared strings of a workbook (distinct texts): at most one per cell of a full sheet of template
 * columns (18 × 10,001 ≈ 180,000, rounded up), far more than the names and codes of a full file
 * with 30,000 items; fewer strings to parse also means a quicker refusal.
 */
export const MAX_SHARED_STRINGS = 200_000;

/**
 * Bytes inflated from the .xlsx zip, all parts together (a full enterprise sheet is about 8 MB,
 * 30,000 item rows about as much again).
 */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** Bytes of one small part (workbook, relationships). */
export const MAX_SMALL_PART_BYTES = 1024 * 1024;

/** Entries in the zip (a workbook has about ten). */
export const MAX_ZIP_ENTRIES = 1_000;

/**
 * Spreadsheet XML deflates about 5–30 times; a part that inflates more than this many times its
 * compressed size (checked once RATIO_CHECK_AFTER bytes are out) is a zip bomb.
 */
export const MAX_INFLATE_RATIO = 200;
export const RATIO_CHECK_AFTER = 1024 * 1024;
