package de.sozialplattform.cms.review;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import de.sozialplattform.cms.content.NodeId;
import de.sozialplattform.cms.content.PublishedContent;
import de.sozialplattform.cms.content.PublishedNode;
import de.sozialplattform.cms.content.PublishedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Published content whose review-by date has passed: advice-centre locations and information pages. A node is due
 * on its {@code reviewBy}; without one, one review interval after {@code lastReviewed}; without that, one interval
 * after it was created. The published side counts, because that is what citizens read: a rejected submission does
 * not make a location current. The editor UI shows this as a flag; the reminder job mails the centres.
 */
@Component
public class OverdueContent {

    private static final int PAGE = 500;
    private static final String PAGES = "pages";
    private static final String INFO_PAGE = "infoPage";

    private final PublishedContent published;
    private final ReviewProperties properties;
    private final ContentAccess access;
    private final Clock clock;

    OverdueContent(PublishedContent published, ReviewProperties properties, ContentAccess access, Clock clock) {
        this.published = published;
        this.properties = properties;
        this.access = access;
        this.clock = clock;
    }

    /** Everything overdue today, the longest overdue first. */
    public List<Overdue> all() {
        List<Overdue> overdue = new ArrayList<>(locations());
        overdue.addAll(scan(PAGES, "/", INFO_PAGE));
        overdue.sort(Comparator.comparing(Overdue::dueDate).thenComparing(Overdue::path));
        return overdue;
    }

    /** Overdue advice-centre locations, the longest overdue first. */
    public List<Overdue> locations() {
        return scan(Locations.WORKSPACE, "/standorte", Locations.LOCATION);
    }

    /** What {@code caller} may see of it: staff everything, centre maintainers their organisations' locations. */
    public List<Overdue> visibleTo(Caller caller) {
        access.check(caller, ContentAction.READ, caller.isMaintainerOnly() ? Locations.WORKSPACE : null, null);
        if (!caller.isMaintainerOnly()) {
            return all();
        }
        return locations().stream().filter(item -> caller.organisations().contains(item.organisationId())).toList();
    }

    private List<Overdue> scan(String workspace, String root, String nodeType) {
        LocalDate today = LocalDate.now(clock.withZone(ReviewService.ZONE));
        List<Overdue> overdue = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PublishedNode> page = published.query(new PublishedQuery(workspace, root, Set.of(nodeType), null,
                    List.of(), List.of(), List.of(), PAGE, offset)).results();
            for (PublishedNode node : page) {
                LocalDate due = dueDate(node);
                if (due.isBefore(today)) {
                    overdue.add(new Overdue(node.id(), workspace, node.path(), nodeType, title(node),
                            node.properties().get(Locations.ORGANISATION) instanceof String org ? org : null,
                            date(node.properties().get(Locations.LAST_REVIEWED)), due));
                }
            }
            if (page.size() < PAGE) {
                return overdue;
            }
        }
    }

    private LocalDate dueDate(PublishedNode node) {
        LocalDate reviewBy = date(node.properties().get(Locations.REVIEW_BY));
        if (reviewBy != null) {
            return reviewBy;
        }
        LocalDate lastReviewed = date(node.properties().get(Locations.LAST_REVIEWED));
        LocalDate from = lastReviewed != null ? lastReviewed : node.createdAt().atZone(ReviewService.ZONE).toLocalDate();
        return from.plus(properties.interval());
    }

    private static String title(PublishedNode node) {
        Object title = node.properties().getOrDefault("title", node.properties().get("name"));
        return title == null ? node.name() : title.toString();
    }

    private static LocalDate date(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * One overdue node.
     *
     * @param organisationId the organisation of a location; {@code null} for pages
     * @param lastReviewed when it was last confirmed, if known
     * @param dueDate the day it was due
     */
    public record Overdue(NodeId id, String workspace, String path, String nodeType, String title,
            String organisationId, LocalDate lastReviewed, LocalDate dueDate) {
    }
}
