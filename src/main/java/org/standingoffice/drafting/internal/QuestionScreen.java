package org.standingoffice.drafting.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.knowledge.Glossary;

/**
 * The guardrails a question passes before any drafter or language model sees it: attempts to
 * change the bot's instructions or get its configuration, requests for personal data, and
 * questions the documents can never answer (the weather, the web page a text was copied from).
 * Patterns work on the folded text (lower case, no diacritics), because officials often type
 * Vietnamese without them; they are kept narrow, since a false alarm costs a staff answer while a
 * miss is still caught by the retrieval threshold and, with a model, by its own instructions.
 *
 * <p>Nothing here logs the question: it may hold personal data.
 */
final class QuestionScreen {

    private record Rule(Escalation escalation, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            // Prompt injection: instructions to drop the rules, role play, asking for the prompt or secrets.
            rule(
                    Escalation.PROMPT_INJECTION,
                    "(ignore|disregard|forget|override|bypass)( all| any| of| the| my)*"
                            + " (previous|prior|above|earlier|preceding|original|initial|system|your|these|those|all)"
                            + "( \\w+)? (instruction|instructions|prompt|prompts|rules|directions|guidelines"
                            + "|guardrails|context)",
                    "(ignore|disregard|forget) (all |everything )?(the )?(above|previous|prior|that came before)",
                    "developer mode|dev mode|god mode|jailbreak|do anything now|dan mode",
                    "system (prompt|message|instruction|instructions)|(initial|original|hidden|secret|internal)"
                            + " (prompt|instructions|configuration|config)",
                    "(your|the bot s|the assistant s) (prompt|instructions|configuration|config|rules|settings)",
                    "(reveal|show|print|display|repeat|leak|output|dump|expose)( \\w+){0,4}"
                            + " (prompt|prompts|configuration|config|keys|secrets|passwords|tokens|credentials"
                            + "|environment variables)",
                    "api ?keys?|secret keys?|access tokens?|openai|environment variables?",
                    "you are now|from now on you|act as (if|though) you|role ?play as|pretend (to be|you are)",
                    // Vietnamese
                    "(bo qua|phot lo|lo di|quen di|quen het)( \\w+){0,3} (huong dan|chi dan|chi thi|lenh|quy tac)"
                            + "( \\w+){0,2} (truoc|tren|ban dau|cua ban|he thong)",
                    "(bo qua|phot lo|lo di|quen di|quen het) (moi|tat ca|toan bo) (huong dan|chi dan|chi thi|lenh|quy tac)",
                    "che do (nha phat trien|developer|dev|quan tri vien)",
                    "(loi nhac|prompt) (he thong|an|cua ban)|(chi dan|huong dan|cau hinh|thiet lap) (an|cua ban|cua bot)",
                    "khoa api|ma api|mat khau|bien moi truong",
                    "(tiet lo|hien thi|in ra|cho (toi )?xem)( \\w+){0,4} (cau hinh|prompt|khoa api)",
                    "tu (bay )?gio ban la|hay gia vo",
                    // Swedish
                    "(ignorera|strunta i|glom)( alla| dina| de)? (tidigare|foregaende|ovanstaende|dina|alla)"
                            + " (instruktioner|instruktionerna|anvisningar|anvisningarna|regler|reglerna)",
                    "utvecklarlage|systemprompt|systeminstruktion\\w*|api nyckel\\w*|losenord",
                    "(visa|avsloja|skriv ut)( \\w+){0,3} (instruktioner\\w*|konfiguration\\w*|installningar\\w*"
                            + "|nycklar\\w*|prompt\\w*)"),
            // Personal data: contact details, addresses, identity numbers of anyone.
            rule(
                    Escalation.PERSONAL_DATA,
                    "(tele)?phone (number|numbers|no)|phone of|(mobile|cell) (number|phone)|contact number|fax number",
                    "e ?mail (address|addresses|of)|(home|private|residential) address|address of"
                            + "|where does \\w+( \\w+)? live",
                    "date of birth|birthday|(identity|id|citizen) card number|passport number"
                            + "|personal (data|information|details) of|contact (details|information|info)",
                    "so dien thoai|dien thoai (cua|rieng|di dong)|sdt|so dt|email cua|dia chi email|dia chi thu"
                            + "|dia chi (nha|rieng|lien he|lien lac|cua)|nha rieng",
                    "ngay sinh|nam sinh cua|so (cccd|cmnd|can cuoc|ho chieu)|thong tin ca nhan cua|(so )?zalo cua",
                    "telefonnummer|mobilnummer|e postadress|mejladress|hemadress|adress till|personnummer",
                    "fodelsedatum|personuppgifter om|kontaktuppgifter"),
            // Out of scope: the weather; the web page the texts were copied from.
            rule(
                    Escalation.OUT_OF_SCOPE,
                    "weather|forecast|temperature|rain|raining|rainfall|sunny|typhoon|humidity|heatwave",
                    "thoi tiet|nhiet do|troi mua|mua to|mua bao|co mua khong|con bao|nang nong",
                    "vader|vadret|vaderprognos\\w*|temperatur\\w*|regn|regnar",
                    "photo|photos|photograph|photographer|caption|thumbnail|banner|advertisement|related news",
                    "how many comments|number of comments|comments? (section|count)|reader comments",
                    "(the|this) (article|web ?page|website|news site|newspaper|page) s?"
                            + " ?(author|comments?|photos?|pictures?|images?|url|link|headline)",
                    "(author|writer|reporter|editor) of (the|this) (article|page|story|news)",
                    "who (wrote|took|published|posted|shot)( the| this)? (article|photo|picture|story|news|image)",
                    // Not "thông tin liên quan" (information concerning), nor advertising as a subject
                    // of law ("quảng cáo phim"): 26 of the 530 ALQAC legal questions were screened out so.
                    "chup anh|anh chup|nguoi chup|chu thich anh|(bao nhieu|so) binh luan|binh luan (duoi|cua) bai"
                            + "|tac gia (bai|cua bai)|trang web|duong link|quang cao (tren|trong|cua) (bai|trang)"
                            + "|(?<!thong )tin lien quan",
                    "foto|fotograf|bildtext|hur manga kommentarer|kommentarsfaltet|artikelns \\w+|vem (skrev|tog) (artikeln|bilden)"
                            + "|annons"));

    private static Rule rule(Escalation escalation, String... alternatives) {
        return new Rule(escalation, Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b"));
    }

    /** Why {@code question} must go to staff before anything is drafted, if it must. */
    Optional<Escalation> check(String question) {
        String folded = Glossary.fold(question);
        return RULES.stream()
                .filter(rule -> rule.pattern().matcher(folded).find())
                .map(Rule::escalation)
                .findFirst();
    }
}
