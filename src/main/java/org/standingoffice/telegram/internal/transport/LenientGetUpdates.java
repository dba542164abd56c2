package org.standingoffice.telegram.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} that reads each update of a batch on its own. TelegramBots reads the whole
 * batch with one call, so one update it cannot read fails the batch, the offset never moves and
 * polling retries the same batch forever. Here an unreadable update becomes an {@link Unreadable}
 * placeholder with its id: the offset moves past it and {@link UpdateIntake} sets it aside.
 */
class LenientGetUpdates extends GetUpdates {

    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper mapper;
    private final transient UpdateReader reader;

    LenientGetUpdates(
            int offset, int limit, int timeout, List<String> allowedUpdates, ObjectMapper mapper, UpdateReader reader) {
        super(offset, limit, timeout, allowedUpdates);
        this.mapper = mapper;
        this.reader = reader;
    }

    /** An update of a batch that could not be read; carries what reading it found. */
    static final class Unreadable extends Update {

        private static final long serialVersionUID = 1L;

        private final transient UpdateReader.Unreadable read;

        Unreadable(UpdateReader.Unreadable read) {
            this.read = read;
            setUpdateId(Math.toIntExact(read.updateId()));
        }

        UpdateReader.Unreadable read() {
            return read;
        }
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = mapper.readTree(answer);
        } catch (IOException e) {
            throw new TelegramApiRequestException("Unable to read the getUpdates answer", e);
        }
        if (root == null || !root.path("ok").asBoolean(false)) {
            // Not a batch (an error answer): TelegramBots' own reading reports it as usual.
            return super.deserializeResponse(answer);
        }
        ArrayList<Update> updates = new ArrayList<>();
        for (JsonNode element : root.path("result")) {
            UpdateReader.Read read = reader.read(element.toString());
            if (read instanceof UpdateReader.Usable usable) {
                updates.add(usable.update());
            } else if (read instanceof UpdateReader.Unreadable unreadable && fitsAnOffset(unreadable.updateId())) {
                updates.add(new Unreadable(unreadable));
            }
            // Without an id Telegram cannot be told to move past it, and nothing can be kept.
        }
        return updates;
    }

    private static boolean fitsAnOffset(Long updateId) {
        return updateId != null && updateId > Integer.MIN_VALUE && updateId <= Integer.MAX_VALUE;
    }
}
