// What a fill and its undo need beyond the scan, for loadWritePath's chunk.
export { writePlan } from "./write";
export { undoWrite } from "./undo";
