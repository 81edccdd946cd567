package pl.dobrepraktyki.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.Link;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.system.cli.ProgressLine;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * Import and export of practices in the format of {@code docs/import-format.md}. An import is
 * all-or-nothing: the whole file is read and validated first, then written in one transaction.
 */
@Service
public class PracticeTransferService {

    /** Who the versions of imported practices are saved by. */
    public static final String IMPORT_ACTOR = "import";

    private static final int PROGRESS_EVERY = 50;

    private final PracticeService practices;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MessageSource messages;
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    PracticeTransferService(PracticeService practices, TaxonomyService taxonomies, LocalGovernmentService units,
            TransactionTemplate transaction, Clock clock, MessageSource messages) {
        this.practices = practices;
        this.messages = messages;
        this.taxonomies = taxonomies;
        this.units = units;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What an import did. */
    public record ImportSummary(int records, int added, int updated, int unchanged, Duration took) {

        public String describe() {
            return "Zaimportowano %d rekordów: nowych %d, zmienionych %d, bez zmian %d; czas %.1f s".formatted(records,
                    added, updated, unchanged, took.toMillis() / 1000.0);
        }
    }

    /**
     * Reads, validates and writes a file. {@code progress} receives lines such as
     * {@code "zapis: 150/500 (30%), 210/s, pozostało ok. 2 s"}.
     *
     * @throws PracticeImportException when the file is not valid JSON or any record is invalid; nothing is written
     */
    public ImportSummary importPractices(InputStream in, String fileName, Consumer<String> progress) {
        return importWithProgress(in, fileName, (done, total, line) -> progress.accept(line));
    }

    /** Where an import is: {@code done} of {@code total} records written, and a line for people. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total, String line);
    }

    /** As {@link #importPractices(InputStream, String, Consumer)}, with the counts for a progress bar. */
    public ImportSummary importWithProgress(InputStream in, String fileName, Progress progress) {
        long started = System.nanoTime();
        List<PracticeRecord> records = checked(in, fileName, progress);
        int[] counts = new int[3];
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < records.size(); i++) {
                PracticeRecord r = records.get(i);
                boolean existed = r.externalId() != null && practices.findByExternalId(r.externalId()).isPresent();
                PracticeService.ImportOutcome outcome = practices.importPractice(r.externalId(), content(r),
                        PracticeStatus.valueOf(r.status()), r.lastVerified(), Boolean.TRUE.equals(r.demo()),
                        IMPORT_ACTOR);
                counts[!outcome.written() ? 2 : existed ? 1 : 0]++;
                if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == records.size()) {
                    progress.report(i + 1, records.size(),
                            ProgressLine.of("zapis", i + 1, records.size(), started));
                }
            }
        });
        return new ImportSummary(records.size(), counts[0], counts[1], counts[2],
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Reads and validates a file without writing anything.
     *
     * @throws PracticeImportException when the file is not valid JSON or any record is invalid
     */
    List<PracticeRecord> checked(InputStream in, String fileName, Progress progress) {
        List<PracticeRecord> records = read(in, fileName);
        progress.report(0, records.size(), "%s: wczytano %d rekordów".formatted(fileName, records.size()));
        List<RecordProblem> problems = new PracticeRecordValidator(vocabulary(), LocalDate.now(clock))
                .validate(records);
        if (problems.isEmpty()) {
            problems = formatProblems(records);
        }
        if (!problems.isEmpty()) {
            throw new PracticeImportException("%s: %d błędów w rekordach, nic nie zapisano".formatted(fileName,
                    problems.size()), problems);
        }
        return records;
    }

    /**
     * What the rules of every saved version (lengths, amounts, dates, phone numbers: the same as the form's)
     * find in records that passed the file's own checks, with the file format's field names.
     */
    private List<RecordProblem> formatProblems(List<PracticeRecord> records) {
        List<RecordProblem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (CatalogValidationException.Problem p : practices.formatProblems(content(records.get(i)))) {
                problems.add(new RecordProblem(i, recordField(p.field()),
                        messages.getMessage(p.messageKey(), null, POLISH)));
            }
        }
        return problems;
    }

    /** The name a field of the form has in the file format of {@code docs/import-format.md}. */
    private static String recordField(String field) {
        return switch (field) {
            case "startYear" -> "year";
            case "endDate" -> "periodEnd";
            case "costPln", "fundingSources", "people" -> "resources." + field;
            case "timeNeeded" -> "resources.time";
            case "transferConditions" -> "transferability.conditions";
            case "contactName", "contactPosition", "contactEmail", "contactPhone" ->
                    "contact." + Character.toLowerCase(field.charAt(7)) + field.substring(8);
            default -> field.replaceFirst("^(results|links)\\[(\\d+)]\\..*", "$1[$2]");
        };
    }

    /** Writes the practices with these statuses in the import format; returns how many. */
    public int exportPractices(OutputStream out, Collection<PracticeStatus> statuses) {
        List<PracticeRecord> records = practices.exportable(statuses).stream().map(PracticeTransferService::record)
                .toList();
        json.writeValue(out, records);
        return records.size();
    }

    private List<PracticeRecord> read(InputStream in, String fileName) {
        try (in) {
            List<PracticeRecord> records = json.readValue(in, new TypeReference<List<PracticeRecord>>() { });
            if (records == null) {
                throw new PracticeImportException(fileName + ": plik musi zawierać tablicę JSON praktyk", List.of());
            }
            return records;
        }
        catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " (wiersz %d, kolumna %d)".formatted(location.getLineNr(),
                    location.getColumnNr());
            throw new PracticeImportException("%s: to nie jest poprawny plik w formacie importu%s: %s".formatted(
                    fileName, where, e.getOriginalMessage()), List.of());
        }
        catch (IOException e) {
            throw new PracticeImportException(fileName + ": nie można odczytać pliku: " + e.getMessage(), List.of());
        }
    }

    /** The codes and units of one import, each looked up once (a file repeats the same few codes). */
    private PracticeRecordValidator.Vocabulary vocabulary() {
        Map<String, Boolean> known = new HashMap<>();
        return new PracticeRecordValidator.Vocabulary() {
            @Override
            public boolean has(String taxonomy, String code) {
                return known.computeIfAbsent(taxonomy + "\u0000" + code, key -> taxonomies.exists(switch (taxonomy) {
                    case "section" -> Taxonomy.SECTION;
                    case "area" -> Taxonomy.AREA;
                    case "type" -> Taxonomy.PRACTICE_TYPE;
                    case "source" -> Taxonomy.SOURCE;
                    case "fundingProject" -> Taxonomy.FUNDING_PROJECT;
                    default -> throw new IllegalArgumentException(taxonomy);
                }, code));
            }

            @Override
            public boolean unitExists(String teryt) {
                return known.computeIfAbsent("unit\u0000" + teryt, key -> units.unitName(teryt).isPresent());
            }
        };
    }

    static PracticeContent content(PracticeRecord r) {
        PracticeRecord.Resources resources = r.resources();
        PracticeRecord.Transferability transfer = r.transferability();
        PracticeRecord.Contact c = r.contact();
        return new PracticeContent(r.title(), r.summary(), r.leadUnitTeryt(), r.partnerUnitTeryts(),
                r.partnerOrganisations(), r.section(), r.areas(), r.types(), r.keywords(), r.year(), r.periodStart(),
                r.periodEnd(), r.periodEnd() == null, r.problem(), r.goals(), r.solution(), resources.costPln(),
                resources.fundingSources(), resources.people(), resources.time(),
                r.results().stream().map(x -> new Result(x.indicator(), x.before(), x.after(), x.measuredOn()))
                        .toList(),
                r.resultsText(), r.lessons(), transfer.conditions(),
                transfer.unitKinds() == null ? List.of() : transfer.unitKinds().stream().map(UnitKind::valueOf).toList(),
                transfer.sizeCategories() == null ? List.of()
                        : transfer.sizeCategories().stream().map(SizeCategory::valueOf).toList(),
                c == null ? Contact.NONE : new Contact(c.name(), c.position(), c.email(), c.phone(),
                        Boolean.TRUE.equals(c.consent()), c.lastConfirmed()),
                r.links().stream().map(l -> new Link(l.title(), l.url())).toList(), r.source(), r.fundingProject());
    }

    static PracticeRecord record(PracticeService.ExportedPractice exported) {
        PracticeSnapshot s = exported.snapshot();
        PracticeContent c = s.content();
        Contact contact = c.contact();
        String externalId = PracticeService.exportId(exported.snapshot().practiceId(), exported.externalId());
        return new PracticeRecord(externalId, c.title(), c.leadUnitTeryt(), c.partnerUnitTeryts(),
                c.partnerOrganisations(), c.section(), c.areas(), c.types(), c.keywords(), c.startYear(),
                c.startDate(), c.endDate(), c.summary(), c.problem(), c.goals(), c.solution(),
                new PracticeRecord.Resources(
                        c.costPln() == null ? null : c.costPln().stripTrailingZeros(), c.fundingSources(), c.people(), c.timeNeeded()),
                c.results().stream().map(x -> new PracticeRecord.Result(x.indicator(), x.valueBefore(),
                        x.valueAfter(), x.measuredOn())).toList(),
                c.resultsText(), c.lessons(),
                new PracticeRecord.Transferability(c.transferConditions(),
                        c.transferUnitKinds().stream().map(Enum::name).toList(),
                        c.transferSizeCategories().stream().map(Enum::name).toList()),
                contact == null || contact.name() == null ? null : new PracticeRecord.Contact(contact.name(),
                        contact.position(), contact.email(), contact.phone(), contact.consent(),
                        contact.lastConfirmed()),
                c.links().stream().map(l -> new PracticeRecord.Link(l.title(), l.url())).toList(), c.source(),
                c.fundingProject(), s.status().name(), s.lastVerified(), exported.demo() ? Boolean.TRUE : null);
    }
}
