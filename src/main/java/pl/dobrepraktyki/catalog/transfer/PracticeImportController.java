package pl.dobrepraktyki.catalog.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;

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

import jakarta.servlet.http.HttpServletResponse;

import pl.dobrepraktyki.catalog.transfer.PracticeTransferService.ImportSummary;
import pl.dobrepraktyki.system.jobs.BackgroundJobs;
import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * The admin page for importing practices from a JSON file ({@code docs/import-format.md}):
 * upload, then follow the import's progress and read its result or the problems of each record.
 */
@Controller
@RequestMapping("/admin/praktyki/import")
class PracticeImportController {

    private final BackgroundJobs<ImportSummary, RecordProblem> jobs;
    private final PracticeTransferService transfer;

    PracticeImportController(BackgroundJobs<ImportSummary, RecordProblem> jobs, PracticeTransferService transfer) {
        this.jobs = jobs;
        this.transfer = transfer;
    }

    @Bean
    static BackgroundJobs<ImportSummary, RecordProblem> practiceImportJobs(Clock clock) {
        return new BackgroundJobs<>("practice-import", clock, ImportSummary::describe, PracticeImportException.class,
                PracticeImportException::problems);
    }

    @Bean
    static AccessRules practiceImportAccessRules() {
        return rules -> rules.requestMatchers("/admin/praktyki/import", "/admin/praktyki/import/*")
                .hasRole(Roles.ADMIN);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("jobs", jobs.recent());
        return "catalog/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "plik", required = false) MultipartFile file, Principal principal,
            Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", "transfer.import.file.required");
            return form(model);
        }
        String original = file.getOriginalFilename();
        String name = original == null || original.isBlank() ? "plik.json" : original.replaceAll("[\\\\/]", "_");
        byte[] content = file.getBytes();
        var job = jobs.start(name, principal.getName(),
                progress -> transfer.importWithProgress(new ByteArrayInputStream(content), name, progress::report));
        return "redirect:/admin/praktyki/import/" + job.getId();
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var job = jobs.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
        model.addAttribute("job", job);
        return htmx != null ? "catalog/import-job :: progress" : "catalog/import-job";
    }
}
