package org.standingoffice.telegram.internal.asker;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.places.Place;
import org.standingoffice.places.PlaceMatch;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.CallbackData;
import org.standingoffice.telegram.internal.delivery.Keyboard;

/**
 * Registration in open mode: the official says where they work in one line, as they like to write
 * it; the bot reads it ({@link AdministrativeUnits#read}), offers the closest units as buttons when
 * it is ambiguous or unknown, and after {@code registration-tries} answers naming no unit stops
 * asking: the official is registered with the place "not given", which staff can set on the
 * question. A message that looks like a question is never read as a place.
 *
 * <p>Decides and records; the conversation sends what it returns and releases held questions.
 */
@Component
@ConditionalOnTelegram
public class Registration {

    /** Longer than any commune and province together: a registration answer this long is a question. */
    private static final int MAX_PLACE = 80;
    /** More words than a commune, its old district and its province take. */
    private static final int MAX_PLACE_WORDS = 12;

    private static final int MIN_QUESTION_WORDS = 4;

    /** Words that make a line of four or more words a question, folded, in vi, en and sv. */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "khi nao",
            "bao gio",
            "the nao",
            "lam sao",
            "tai sao",
            "vi sao",
            "bao lau",
            "bao nhieu",
            "o dau",
            "co phai",
            "duoc khong",
            "khong",
            "hoi",
            "gi",
            "ai",
            "nao",
            "what",
            "when",
            "who",
            "how",
            "why",
            "which",
            "where",
            "can",
            "could",
            "should",
            "does",
            "will",
            "until",
            "vad",
            "nar",
            "vem",
            "hur",
            "varfor",
            "vilken",
            "vilka",
            "kan",
            "ska",
            "maste");

    /** What to tell the official. */
    record Step(Outcome outcome, String text, Keyboard keyboard) {}

    enum Outcome {
        /** Registered with a place: held questions can be asked. */
        REGISTERED,
        /** Asked again, in words or with buttons. */
        ASKED,
        /** Registered without a place: held questions go to staff with the place "not given". */
        GAVE_UP,
        /** Not a place but a question: keep it and ask for the place. */
        QUESTION,
        /** A press on an old offer: registration is over, nothing changes. */
        ALREADY
    }

    private final Askers askers;
    private final AdministrativeUnits units;
    private final Texts texts;
    private final TelegramProperties properties;
    private final Clock clock;

    Registration(Askers askers, AdministrativeUnits units, Texts texts, TelegramProperties properties, Clock clock) {
        this.askers = askers;
        this.units = units;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code /start} in open mode, or registering again after the place was not found. */
    String begin(Asker asker) {
        askers.awaitPlace(asker.chatId(), null, 0, clock.instant());
        return texts.get(asker.language(), "welcome.open");
    }

    /**
     * A first message that is nothing but a place ("Phường Ba Đình, Hà Nội" before any question):
     * the official is registered with it. Anything else is left to be taken as a question.
     */
    Optional<Step> placeFirst(Asker asker, String line) {
        PlaceMatch match = units.read(line);
        if (!match.found() || !match.wholeLine()) {
            return Optional.empty();
        }
        return Optional.of(registered(asker, match.place()));
    }

    /** The official's answer to the place question. */
    Step answer(Asker asker, String line) {
        String language = asker.language();
        PlaceMatch match = units.read(line);
        if (!match.found() && asker.pendingCommune() != null) {
            // "Ba Đình", then "Hà Nội": the two answers together name the place.
            PlaceMatch together = units.read(asker.pendingCommune() + ", " + line);
            if (together.found()) {
                match = together;
            }
        }
        if (looksLikeQuestion(line) && !(match.found() && match.wholeLine())) {
            return new Step(Outcome.QUESTION, texts.get(language, "held.open"), null);
        }
        if (match.found()) {
            return registered(asker, match.place());
        }
        if (!match.candidates().isEmpty()) {
            // An answer naming several units is no failed try: the official picks one, or presses
            // "None of these", which is one.
            askers.awaitPlace(asker.chatId(), line, asker.registrationTries(), clock.instant());
            return new Step(
                    Outcome.ASKED,
                    texts.get(language, "register.choose", Html.escape(line)),
                    choices(language, match.candidates()));
        }
        int tries = asker.registrationTries() + 1;
        if (tries >= properties.registrationTries()) {
            return gaveUp(asker);
        }
        askers.awaitPlace(asker.chatId(), line, tries, clock.instant());
        if (match.province() != null) {
            return new Step(
                    Outcome.ASKED, texts.get(language, "register.whichCommune", Html.escape(match.province())), null);
        }
        return new Step(Outcome.ASKED, texts.get(language, "register.unknown", Html.escape(line)), null);
    }

    /** A press of one of the offered units, or of "None of these". */
    Step pressed(Asker asker, CallbackData.PlaceAnswer button) {
        if (!asker.awaitingPlace()) {
            return new Step(Outcome.ALREADY, texts.get(asker.language(), "register.already"), null);
        }
        if (button instanceof CallbackData.PlaceChosen chosen) {
            return units.place(chosen.communeCode())
                    .map(place -> registered(asker, place))
                    .orElseGet(() -> gaveUpOrAgain(asker));
        }
        return gaveUpOrAgain(asker);
    }

    private Step gaveUpOrAgain(Asker asker) {
        int tries = asker.registrationTries() + 1;
        if (tries >= properties.registrationTries()) {
            return gaveUp(asker);
        }
        askers.awaitPlace(asker.chatId(), null, tries, clock.instant());
        return new Step(Outcome.ASKED, texts.get(asker.language(), "register.again"), null);
    }

    /**
     * Confirms the place. When the official named their commune as it was before the July 2025
     * merger ("xa tan hoa"), the confirmation names that too: told only "Xã Kim Phú", they could not
     * tell a successor from a misreading, and had no cue to correct it.
     */
    private Step registered(Asker asker, Place place) {
        askers.register(asker.chatId(), place.commune(), place.province(), null, null, clock.instant());
        String commune = Html.escape(place.commune());
        String province = Html.escape(place.province());
        String text = place.formerName() == null
                ? texts.get(asker.language(), "registered", commune, province)
                : texts.get(asker.language(), "registered.former", commune, province, Html.escape(place.formerName()));
        return new Step(Outcome.REGISTERED, text, null);
    }

    private Step gaveUp(Asker asker) {
        Instant now = clock.instant();
        askers.register(asker.chatId(), null, null, null, null, now);
        return new Step(Outcome.GAVE_UP, texts.get(asker.language(), "register.gaveUp"), null);
    }

    private Keyboard choices(String language, List<Place> candidates) {
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (Place place : candidates) {
            rows.add(List.of(new CallbackData.PlaceChosen(place.communeCode())
                    .labelled(place.commune() + ", " + place.province())));
        }
        rows.add(List.of(new CallbackData.NoPlaceFits().labelled(texts.get(language, "button.noneOfThese"))));
        return new Keyboard(rows);
    }

    /**
     * A question mark, more words than a place takes, or four words or more with a question word:
     * a question, kept for later, never read as a place name unless the whole line is a place.
     */
    static boolean looksLikeQuestion(String line) {
        if (line.contains("?") || line.length() > MAX_PLACE || line.contains("\n")) {
            return true;
        }
        String folded = Glossary.fold(line);
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        if (words.length > MAX_PLACE_WORDS) {
            return true;
        }
        if (words.length < MIN_QUESTION_WORDS) {
            return false;
        }
        String padded = " " + folded + " ";
        return QUESTION_WORDS.stream().anyMatch(word -> padded.contains(" " + word + " "));
    }
}
