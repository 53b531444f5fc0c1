// Word behind the pane's host interface (see host_outlook.js for the same interface in Outlook).
// The disclosure is a paragraph at the end of the document inside a content control tagged
// DISCLOSURE_TAG, so a second insertion replaces the line instead of adding another one.
/* global Word */
export const DISCLOSURE_TAG = "vermeld-disclosure";
const SEARCH_CHARS = 200;  // Word's search accepts at most 255 characters
const HIGHLIGHT = "Yellow";

// The first and last line of a passage, shortened to what Word can search for.
function searchEnds(passage) {
  const lines = passage.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return null;
  return {head: lines[0].slice(0, SEARCH_CHARS), tail: lines.at(-1).slice(-SEARCH_CHARS)};
}

export function createWordHost(word = globalThis.Word) {
  return {
    name: "word",

    readDraft: () =>
      word.run(async (context) => {
        const body = context.document.body;
        body.load("text");
        await context.sync();
        return {text: body.text, format: "text"};
      }),

    // Marks the AI passages (offsets into analysis.text) in the document.
    highlight: (analysis) =>
      word.run(async (context) => {
        const body = context.document.body;
        const searches = [];
        for (const p of analysis.ai_content?.passages ?? []) {
          const ends = searchEnds(analysis.text.slice(p.start, p.end));
          if (!ends) continue;
          const head = body.search(ends.head, {matchCase: true});
          const tail = body.search(ends.tail, {matchCase: true});
          head.load("items");
          tail.load("items");
          searches.push({head, tail});
        }
        await context.sync();
        for (const {head, tail} of searches) {
          if (head.items.length === 0) continue;
          const range = tail.items.length === 1 && head.items.length === 1 ? head.items[0].expandTo(tail.items[0]) : head.items[0];
          range.font.highlightColor = HIGHLIGHT;
        }
        await context.sync();
      }),

    // {inserted: true} when a new paragraph was added, false when the tagged line was updated in place.
    insertDisclosure: (line) =>
      word.run(async (context) => {
        const existing = context.document.contentControls.getByTag(DISCLOSURE_TAG);
        existing.load("items");
        await context.sync();
        if (existing.items.length > 0) {
          existing.items[0].insertText(line, "Replace");
          await context.sync();
          return {inserted: false};
        }
        const paragraph = context.document.body.insertParagraph(line, "End");
        const control = paragraph.insertContentControl();
        control.tag = DISCLOSURE_TAG;
        control.title = "vermeld";
        await context.sync();
        return {inserted: true};
      }),

    getSelection: () =>
      word.run(async (context) => {
        const range = context.document.getSelection();
        range.load("text");
        await context.sync();
        return range.text;
      }),

    // Replaces the selection (or inserts at the cursor).
    insertText: (text) =>
      word.run(async (context) => {
        context.document.getSelection().insertText(text, "Replace");
        await context.sync();
      }),
  };
}
