package org.standingoffice.knowledge.internal;

import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.DocumentUpload;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.UploadRefused;

/**
 * An upload checked and placed in this instance's folder ({@link StagedUpload}), then stored in the
 * database as the document's new version, which every other instance's index follows.
 */
@Component
class DatabaseUpload implements DocumentUpload {

    private final StagedUpload staged;
    private final DatabaseKnowledgeBase knowledgeBase;

    DatabaseUpload(StagedUpload staged, DatabaseKnowledgeBase knowledgeBase) {
        this.staged = staged;
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public IngestedFile upload(
            String fileName, InputStream content, SourceDocument metadata, boolean replace, String uploadedBy) {
        String name = UploadName.check(fileName);
        // This folder may not hold yet what another instance stored a moment ago under that name.
        if (!replace && knowledgeBase.stores(name)) {
            throw new UploadRefused(UploadRefused.Reason.EXISTS, name);
        }
        return knowledgeBase.store(() -> staged.upload(fileName, content, metadata, replace), uploadedBy);
    }
}
