package pl.dobrepraktyki.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.statistics.internal.ImportProblem;
import pl.dobrepraktyki.statistics.internal.ImportSummary;
import pl.dobrepraktyki.statistics.internal.StatsImportException;
import pl.dobrepraktyki.statistics.internal.StatsImporter;
import pl.dobrepraktyki.system.jobs.BackgroundJobs;

/**
 * {@code /admin/statystyki/import}: upload a statistics file (docs/statistics-import.md), then follow
 * the import's progress and read its result or the problems of its lines.
 */
@Controller
@RequestMapping("/admin/statystyki/import")
class StatisticsImportController {

    private final BackgroundJobs<ImportSummary, ImportProblem> jobs;
    private final StatsImporter importer;

    StatisticsImportController(BackgroundJobs<ImportSummary, ImportProblem> jobs, StatsImporter importer) {
        this.jobs = jobs;
        this.importer = importer;
    }

    @Bean
    static BackgroundJobs<ImportSummary, ImportProblem> statisticsImportJobs(Clock clock) {
        return new BackgroundJobs<>("statistics-import", clock, ImportSummary::describe, StatsImportException.class,
                StatsImportException::problems);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("jobs", jobs.recent());
        return "statistics/admin-import";
    }

    @PostMapping
    String upload(@RequestParam(name = "plik", required = false) MultipartFile file,
            @RequestParam(name = "rok", required = false) String year, Principal principal, Model model,
            HttpServletResponse response) throws IOException {
        Integer dataYear = null;
        String error = null;
        if (file == null || file.isEmpty()) {
            error = "statistics.import.file.required";
        }
        else if (year != null && !year.isBlank()) {
            try {
                dataYear = Integer.valueOf(year.strip());
            }
            catch (NumberFormatException e) {
                error = "statistics.import.year.invalid";
            }
        }
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", error);
            return form(model);
        }
        String original = file.getOriginalFilename();
        String name = original == null || original.isBlank() ? "plik.csv" : original.replaceAll("[\\\\/]", "_");
        // the upload is gone after this request: the import reads a copy, deleted when it ends
        Path copy = Files.createTempFile("bdp-stats-", ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        var options = new StatsImporter.Options(dataYear);
        var job = jobs.start(name, principal.getName(), progress -> {
            try (InputStream in = Files.newInputStream(copy)) {
                return importer.importFile(in, name, Files.size(copy), options, line -> progress.report(0, 0, line));
            }
            finally {
                Files.deleteIfExists(copy);
            }
        });
        return "redirect:/admin/statystyki/import/" + job.getId();
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var job = jobs.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
        model.addAttribute("job", job);
        return htmx != null ? "statistics/admin-import-job :: progress" : "statistics/admin-import-job";
    }
}
