package pl.dobrepraktyki.competition;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.catalog.AttachmentDownload;
import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.CheckedDocuments;
import pl.dobrepraktyki.competition.internal.EditionLogoRepository;

/**
 * Organisers' logos of an edition: an administrator adds a PNG or JPEG (judged from the content by
 * {@link CheckedDocuments}) with the organiser's name, or removes it; everyone sees them.
 */
@Service
@Transactional(readOnly = true)
public class EditionLogoService {

    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg");
    /** Refusals of the catalog that mean "not a PNG or JPEG" for a logo. */
    private static final Set<String> LOGO_KIND = Set.of("catalog.attachment.type", "catalog.attachment.extension",
            "catalog.attachment.externalEntities", "catalog.attachment.packed");

    /** A logo to send: its description and content. */
    public record LogoDownload(EditionLogo info, AttachmentDownload.Opener content) {
    }

    private final EditionLogoRepository logos;
    private final CompetitionService competition;
    private final CheckedDocuments documents;
    private final AccountService accounts;
    private final Clock clock;

    EditionLogoService(EditionLogoRepository logos, CompetitionService competition, CheckedDocuments documents,
            AccountService accounts, Clock clock) {
        this.logos = logos;
        this.competition = competition;
        this.documents = documents;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The logos of an edition, in the order they were added. */
    public List<EditionLogo> logosOf(long editionId) {
        return logos.findByEditionIdOrderByIdAsc(editionId);
    }

    /**
     * An administrator adds an organiser's logo.
     *
     * @throws CatalogValidationException when the organiser's name is missing or too long
     * @throws AttachmentRejectedException when the file is not a PNG or JPEG image (by its content), empty or too large
     */
    @Transactional
    public EditionLogo add(long editionId, String organiser, String fileName, InputStream content, String actor) {
        requireAdmin(actor);
        Edition edition = competition.edition(editionId);
        String name = organiser == null ? "" : organiser.strip();
        if (name.isEmpty() || name.length() > 300) {
            throw new CatalogValidationException("organiser", "competition.logo.organiser");
        }
        CheckedDocuments.StoredDocument stored;
        try {
            stored = documents.store(fileName, content);
        }
        catch (AttachmentRejectedException e) {
            // the catalog's message lists document kinds; a logo can only be an image
            throw LOGO_KIND.contains(e.messageKey()) ? new AttachmentRejectedException("competition.logo.type") : e;
        }
        if (!IMAGES.contains(stored.contentType())) {
            documents.delete(stored.key());
            throw new AttachmentRejectedException("competition.logo.type");
        }
        return logos.save(new EditionLogo(edition.getId(), name, stored.key(), stored.contentType(),
                stored.sizeBytes(), actor, clock.instant()));
    }

    /** An administrator removes a logo. */
    @Transactional
    public void delete(long editionId, long logoId, String actor) {
        requireAdmin(actor);
        EditionLogo logo = logos.findById(logoId).filter(l -> l.getEditionId() == editionId)
                .orElseThrow(() -> new CompetitionNotFoundException("logo", logoId));
        logos.delete(logo);
        logos.flush();
        documents.delete(logo.getStorageKey());
    }

    /** A logo for anyone (logos are public). */
    public LogoDownload download(long logoId) {
        EditionLogo logo = logos.findById(logoId).orElseThrow(() -> new CompetitionNotFoundException("logo", logoId));
        String key = logo.getStorageKey();
        return new LogoDownload(logo, () -> documents.open(key));
    }

    private void requireAdmin(String actor) {
        if (actor == null || accounts.findByEmail(actor).filter(a -> a.roles().contains(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException(actor + " may not change the logos of an edition");
        }
    }
}
