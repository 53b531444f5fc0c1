// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the end-to-end test (the
// test machine has no internet): a Word host whose document is window.vermeldMockDocument, set by the
// test before the page loads: {paragraphs: [string], selection: string, displayLanguage}.
// It records what the pane does to the document in the same object (highlights, insertions).
(function () {
  "use strict";
  const doc = window.vermeldMockDocument;
  doc.highlights = [];
  doc.insertions = [];

  function collection(items) {
    return {items, load() {}};
  }

  function range(text) {
    return {
      text,
      font: {
        set highlightColor(color) {
          doc.highlights.push({text, color});
        },
      },
      expandTo(other) {
        return range(`${text} … ${other.text}`);
      },
      insertText(newText) {
        doc.insertions.push(newText);
      },
      load() {},
    };
  }

  const context = {
    document: {
      body: {
        get text() {
          return doc.paragraphs.join("\r");
        },
        load() {},
        search(needle) {
          return collection(doc.paragraphs.filter((p) => p.includes(needle)).map(() => range(needle)));
        },
        insertParagraph(text) {
          doc.paragraphs.push(text);
          return {insertContentControl: () => ({tag: "", title: ""})};
        },
      },
      contentControls: {getByTag: () => collection([])},
      getSelection: () => range(doc.selection),
    },
    sync: async () => {},
  };

  window.Word = {run: async (callback) => callback(context)};
  window.Office = {
    HostType: {Word: "Word", Outlook: "Outlook"},
    context: {displayLanguage: doc.displayLanguage},
    onReady(callback) {
      const info = {host: "Word", platform: "PC"};
      setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
  };
})();
