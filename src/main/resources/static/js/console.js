// Keyboard shortcuts on a question page: "a" approves the draft as shown in the editor, "c" claims,
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
