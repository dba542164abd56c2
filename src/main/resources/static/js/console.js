// Keyboard shortcuts on a question page: "a" asks to approve the draft as shown in the editor (the
// next page shows what the asker will receive and sends only when confirmed), "c" claims,
// "n" starts an internal note.
// Ignored while typing in a field, so the letters still reach the draft editor.
document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || target.closest("input, textarea, select")) {
        return;
    }
    var button = event.key === "a" ? document.getElementById("approve")
        : event.key === "c" ? document.getElementById("claim") : null;
    if (button) {
        event.preventDefault();
        button.click();
    } else if (event.key === "n" && document.getElementById("note-text")) {
        event.preventDefault();
        document.getElementById("note-text").focus();
    }
});

// The upload form: a file over the knowledge base's limit is refused before it is sent, with the
// same message the server would give, instead of minutes of uploading for nothing.
document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) {
        return;
    }
    var tooLarge = input.files.length > 0 && input.files[0].size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
    input.reportValidity();
});

// The header's menu button on a phone: shows and hides the navigation.
document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("#menu-button");
    if (!button) {
        return;
    }
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    document.getElementById("top").classList.toggle("open", open);
});

// On a phone a table's rows become cards: each cell is labelled with its column's heading, taken
// from the table itself so the labels are the page's own (and its language). Rows htmx swaps in
// are labelled too.
function labelCells(root) {
    root.querySelectorAll("table.queue").forEach(function (table) {
        var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
            return th.textContent.trim();
        });
        table.querySelectorAll("tbody tr").forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, index) {
                if (!cell.hasAttribute("data-label") && headings[index] && !cell.hasAttribute("colspan")) {
                    cell.setAttribute("data-label", headings[index]);
                }
            });
        });
    });
}
document.addEventListener("DOMContentLoaded", function () { labelCells(document); });
document.addEventListener("htmx:afterSettle", function () { labelCells(document); });

// "Insert" beside a passage or a registered answer: puts its text into the answer editor where the
// cursor is (at the end when the editor was never focused), on a paragraph of its own.
document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-insert]") : null;
    var editor = document.getElementById("draft-text") || document.getElementById("answer-text");
    if (!button || !editor) {
        return;
    }
    var start = editor.selectionStart, end = editor.selectionEnd;
    var before = editor.value.slice(0, start), after = editor.value.slice(end);
    var gap = before.length === 0 || /\n\n$/.test(before) ? "" : (/\n$/.test(before) ? "\n" : "\n\n");
    var inserted = gap + button.dataset.insert;
    editor.value = before + inserted + after;
    editor.focus();
    editor.selectionStart = editor.selectionEnd = before.length + inserted.length;
});
