package org.standingoffice.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a web page wraps around a document: images and photo captions, bylines and source
 * lines, comment counters, share buttons, and the related-article teasers that follow the text.
 * Teasers are dropped from their heading to the end, since nothing after them is the document.
 */
public final class PageFurnitureFilter {

    private static final Pattern IMAGE = Pattern.compile("^!\\[.*]\\(.*\\)\\s*$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(?:^|[\\s(.|])(?:photo|foto|ảnh|image|bild)\\s*:\\s*[\\p{L}\\p{N} .,&/-]{0,50}\\)?\\s*\\|?\\s*$");
    private static final Pattern COMMENT_COUNTER =
            Pattern.compile("(?i)^(?:comments?|kommentar(?:er)?|bình luận)\\s*\\(\\d+\\)\\s*$");
    private static final Pattern SHARE_BUTTONS = Pattern.compile(
            "(?i)^(?:share|dela|chia sẻ|tweet|facebook|twitter|zalo|print|in bài|email|copy link)"
                    + "(?:\\s*[|/·,]?\\s*(?:share|dela|chia sẻ|tweet|facebook|twitter|zalo|print|in bài|email|copy link))*\\s*$");
    private static final Pattern SOURCE_LINE =
            Pattern.compile("(?i)^(?:source|källa|nguồn)\\s*:\\s*(?:https?://\\S+|[\\p{L} .]{1,40})\\s*$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:according to|enligt|theo)\\s+(?:vna|ttxvn|vtv|vov|the government portal)\\.?\\s*$");
    private static final Pattern TEASER_HEADING =
            Pattern.compile("(?i)^(?:you may also like|related (?:articles?|news|posts?)|read more|see also|more news"
                    + "|du kanske också gillar|relaterade (?:artiklar|nyheter)|läs mer|läs också"
                    + "|xem thêm|tin liên quan|bài viết liên quan|có thể bạn quan tâm|đọc thêm)\\s*:?\\s*$");

    /** The lines of the document proper, stripped, without blank lines. */
    public List<String> documentLines(String text) {
        List<String> kept = new ArrayList<>();
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (TEASER_HEADING.matcher(line).matches()) {
                break;
            }
            if (!line.isEmpty() && !isFurniture(line)) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean isFurniture(String line) {
        return IMAGE.matcher(line).matches()
                || CAPTION.matcher(line).find()
                || COMMENT_COUNTER.matcher(line).matches()
                || SHARE_BUTTONS.matcher(line).matches()
                || SOURCE_LINE.matcher(line).matches()
                || BYLINE.matcher(line).matches();
    }
}
