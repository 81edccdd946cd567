package pl.dobrepraktyki.folder.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import pl.dobrepraktyki.folder.FolderConflictException;
import pl.dobrepraktyki.folder.FolderEntryView;
import pl.dobrepraktyki.folder.FolderService;

/**
 * "Moja teczka": {@code /teczka} lists the signed-in person's saved practices with their notes,
 * {@code /teczka.csv} exports them for a spreadsheet and {@code /teczka/druk} prints them. Saving and
 * removing also work from the practice page (a plain form; with htmx the button is swapped in place).
 */
@Controller
class FolderController {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String BACK_TO_PRACTICE = "praktyka";

    private final FolderService folder;
    private final FolderPracticeSection section;
    private final MessageSource messages;

    FolderController(FolderService folder, FolderPracticeSection section, MessageSource messages) {
        this.folder = folder;
        this.section = section;
        this.messages = messages;
    }

    @GetMapping("/teczka")
    String list(Principal principal, Model model) {
        model.addAttribute("entries", folder.entries(principal.getName()));
        model.addAttribute("noteMax", String.valueOf(FolderService.NOTE_MAX));
        model.addAttribute("zone", ZONE);
        return "folder/list";
    }

    /** Where an anonymous visitor's "Zapisz w teczce" leads after logging in: back to the practice. */
    @GetMapping("/teczka/praktyki/{practiceId}")
    String backToPractice(@PathVariable long practiceId) {
        return "redirect:/praktyki/" + practiceId + "#teczka";
    }

    @PostMapping("/teczka/praktyki/{practiceId}")
    String save(@PathVariable long practiceId, Principal principal,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        folder.save(practiceId, principal.getName());
        if (htmx != null) {
            model.addAttribute("section", section.model(practiceId, principal.getName(), true));
            return "folder/practice-section :: section";
        }
        redirect.addFlashAttribute("flash", "folder.saved");
        return "redirect:/praktyki/" + practiceId + "#teczka";
    }

    @PostMapping("/teczka/{entryId}/usun")
    String remove(@PathVariable long entryId, @RequestParam(name = "powrot", required = false) String back,
            Principal principal, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        FolderEntryView removed = folder.remove(entryId, principal.getName());
        if (BACK_TO_PRACTICE.equals(back)) {
            if (htmx != null) {
                model.addAttribute("section", section.model(removed.practiceId(), principal.getName(), true));
                return "folder/practice-section :: section";
            }
            redirect.addFlashAttribute("flash", "folder.removed");
            return "redirect:/praktyki/" + removed.practiceId() + "#teczka";
        }
        redirect.addFlashAttribute("flash", "folder.removed");
        return "redirect:/teczka";
    }

    @PostMapping("/teczka/{entryId}/notatka")
    String note(@PathVariable long entryId, @RequestParam(name = "notatka", required = false) String note,
            @RequestParam(name = "wersja") long version, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String owner = principal.getName();
        String text = note == null ? "" : note.strip();
        if (text.length() > FolderService.NOTE_MAX) {
            folder.entry(entryId, owner);
            list(principal, model);
            model.addAttribute("invalidEntry", entryId);
            model.addAttribute("invalidNote", note);
            return "folder/list";
        }
        try {
            folder.updateNote(entryId, version, text, owner);
        }
        catch (FolderConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("current", e.current());
            model.addAttribute("mine", text);
            return "folder/conflict";
        }
        redirect.addFlashAttribute("flash", "folder.note.saved");
        return "redirect:/teczka#wpis-" + entryId;
    }

    @GetMapping("/teczka.csv")
    ResponseEntity<byte[]> csv(Principal principal, Locale locale) {
        FolderCsv csv = new FolderCsv().row(List.of(msg("folder.csv.title", locale), msg("folder.csv.unit", locale),
                msg("folder.csv.teryt", locale), msg("folder.csv.link", locale), msg("folder.csv.note", locale),
                msg("folder.csv.saved", locale)));
        for (FolderEntryView e : folder.entries(principal.getName())) {
            csv.row(List.of(e.title(), e.unitName() == null ? "" : e.unitName(),
                    e.unitTeryt() == null ? "" : e.unitTeryt(), practiceUrl(e.practiceId()),
                    e.note() == null ? "" : e.note(), SAVED.format(e.savedAt().atZone(ZONE))));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("teczka.csv")
                        .build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/teczka/druk")
    String print(Principal principal, Model model) {
        model.addAttribute("entries", folder.entries(principal.getName()));
        model.addAttribute("zone", ZONE);
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "folder/print";
    }

    private static String practiceUrl(long practiceId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/praktyki/{id}").buildAndExpand(practiceId)
                .toUriString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
