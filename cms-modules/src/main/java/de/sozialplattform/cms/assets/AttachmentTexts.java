package de.sozialplattform.cms.assets;

import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.PublishedContent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extracted text of attached files, for the search index only: a location's {@value #PROPERTY} name assets,
 * and the text of those that are published is searchable with it. Never delivered to the public.
 */
@Component
@Transactional(readOnly = true)
public class AttachmentTexts {

    /** The property of locations and pages that lists their assets. */
    public static final String PROPERTY = "attachments";
    public static final String WORKSPACE = AssetUploads.WORKSPACE;

    private final PublishedContent published;
    private final AssetStore store;

    AttachmentTexts(PublishedContent published, AssetStore store) {
        this.published = published;
        this.store = store;
    }

    /** The texts of the published assets among {@code assetIds}, in their order; empty when there are none. */
    public Optional<String> publishedText(List<String> assetIds) {
        List<String> live = assetIds.stream().distinct().filter(this::published).toList();
        Map<String, String> texts = store.texts(live);
        String joined = live.stream().map(texts::get).filter(text -> text != null && !text.isBlank())
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
    }

    private boolean published(String id) {
        try {
            return published.byId(NodeId.of(id)).filter(node -> WORKSPACE.equals(node.workspace())).isPresent();
        } catch (IllegalArgumentException e) {
            return false; // not an id of this CMS
        }
    }
}
