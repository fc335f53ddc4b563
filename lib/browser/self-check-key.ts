/** Where the self-check keeps its work in the browser. Bump the version if the shape changes. */
export const STORAGE_KEY = "policy-calculator:self-check:v1";

/**
 * Run in the page before it is painted: marks the document when a self-check is saved, so that
 * the fresh form the server sent stays hidden until the saved one replaces it (globals.css).
 */
export const SAVED_CHECK_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)}))document.documentElement.dataset.savedCheck=""}catch(e){}`;
