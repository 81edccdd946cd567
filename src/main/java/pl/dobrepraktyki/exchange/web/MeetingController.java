package pl.dobrepraktyki.exchange.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.FileResponses;
import pl.dobrepraktyki.catalog.FileUploads;
import pl.dobrepraktyki.exchange.ExchangeValidationException;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.ICalendar;
import pl.dobrepraktyki.exchange.MaterialDownload;
import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingMode;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.exchange.MeetingView;
import pl.dobrepraktyki.exchange.RegistrationStatus;

import static pl.dobrepraktyki.exchange.web.GroupController.actor;
import static pl.dobrepraktyki.exchange.web.GroupController.attempt;

/**
 * Meetings: {@code /spotkania} (upcoming and past, {@code od}/{@code do} filter), {@code /spotkania/{id}}
 * (agenda, study visits, materials, minutes, presented practices, registration; for its managers the
 * registrations, attendance, uploads and practice links), iCalendar for one meeting and a feed of
 * upcoming meetings.
 */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final GroupService groups;
    private final ExchangeNames names;
    private final MessageSource messages;
    private final String baseUrl;
    private final java.time.Clock clock;

    MeetingController(MeetingService meetings, GroupService groups, ExchangeNames names, MessageSource messages,
            @Value("${bdp.base-url:http://localhost:8080}") String baseUrl, java.time.Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.groups = groups;
        this.names = names;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/spotkania")
    String list(@RequestParam(name = "od", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "do", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Principal principal, Model model) {
        if (from != null || to != null) {
            model.addAttribute("filtered", meetings.between(from, to));
        }
        else {
            model.addAttribute("upcoming", meetings.upcoming());
            model.addAttribute("past", meetings.past());
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("canPlan", meetings.canPlan(null, actor(principal)));
        return "exchange/meetings";
    }

    @GetMapping("/spotkania/{id}")
    String show(@PathVariable long id, Principal principal, Locale locale, Model model) {
        fill(meetings.meeting(id, actor(principal)), locale, model);
        return "exchange/meeting";
    }

    private void fill(MeetingView meeting, Locale locale, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("m", meeting.summary());
        model.addAttribute("programme", names.programme(meeting.programmeCode()));
    }

    @GetMapping("/spotkania/nowe")
    String createForm(@RequestParam(name = "grupa", required = false) Long groupId, Principal principal, Model model) {
        if (!meetings.canPlan(groupId, actor(principal))) {
            throw new org.springframework.security.access.AccessDeniedException("may not plan here");
        }
        MeetingForm form = new MeetingForm();
        form.setGroupId(groupId);
        model.addAttribute("form", form);
        return form(model, null, groupId);
    }

    @PostMapping("/spotkania/nowe")
    String create(@ModelAttribute("form") MeetingForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = meetings.plan(form.toParams(), actor(principal));
                redirect.addFlashAttribute("flash", "exchange.meeting.created");
                return "redirect:/spotkania/" + id;
            }
            catch (ExchangeValidationException e) {
                reject(e, result);
            }
        }
        return form(model, null, form.getGroupId());
    }

    @GetMapping("/spotkania/{id}/edycja")
    String editForm(@PathVariable long id, Principal principal, Model model) {
        MeetingView meeting = meetings.meeting(id, actor(principal));
        if (!meeting.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("does not manage " + id);
        }
        model.addAttribute("form", MeetingForm.of(meeting));
        return form(model, id, meeting.summary().groupId());
    }

    @PostMapping("/spotkania/{id}/edycja")
    String edit(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                meetings.update(id, form.getVersion(), form.toParams(), actor(principal));
                redirect.addFlashAttribute("flash", "exchange.meeting.saved");
                return "redirect:/spotkania/" + id;
            }
            catch (ExchangeValidationException e) {
                reject(e, result);
            }
        }
        return form(model, id, meetings.summary(id).groupId());
    }

    private String form(Model model, Long id, Long groupId) {
        model.addAttribute("meetingId", id);
        model.addAttribute("groupName", groupId == null ? null : groups.group(groupId, null).name());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("modes", MeetingMode.values());
        model.addAttribute("programmes", names.programmes());
        return "exchange/meeting-form";
    }

    @PostMapping("/spotkania/{id}/zapis")
    String register(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        RegistrationStatus status = meetings.register(id, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.registration.done." + status);
        return "redirect:/spotkania/" + id + "#zapisy";
    }

    @PostMapping("/spotkania/{id}/rezygnacja")
    String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        meetings.cancel(id, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.registration.cancelled");
        return "redirect:/spotkania/" + id + "#zapisy";
    }

    @PostMapping("/spotkania/{id}/obecnosc")
    String attendance(@PathVariable long id, @RequestParam(name = "obecni", required = false) List<Long> present,
            Principal principal, RedirectAttributes redirect) {
        Set<Long> ids = present == null ? Set.of() : new HashSet<>(present);
        meetings.recordAttendance(id, ids, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.attendance.saved");
        return "redirect:/spotkania/" + id + "#obecnosc";
    }

    @PostMapping("/spotkania/{id}/materialy")
    String upload(@PathVariable long id, @RequestParam(name = "plik", required = false) MultipartFile file,
            Principal principal, RedirectAttributes redirect) throws IOException {
        try {
            FileUploads.receive(file, (name, in) -> meetings.addMaterial(id, name, in, actor(principal)));
            redirect.addFlashAttribute("flash", "exchange.material.uploaded");
        }
        catch (AttachmentRejectedException e) {
            redirect.addFlashAttribute("materialError", e.messageKey());
        }
        return "redirect:/spotkania/" + id + "#materialy";
    }

    @PostMapping("/spotkania/{id}/materialy/{mid}/usun")
    String deleteMaterial(@PathVariable long id, @PathVariable long mid, Principal principal,
            RedirectAttributes redirect) {
        meetings.deleteMaterial(id, mid, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.material.deleted");
        return "redirect:/spotkania/" + id + "#materialy";
    }

    @GetMapping("/spotkania/materialy/{mid}")
    ResponseEntity<InputStreamResource> download(@PathVariable long mid) throws IOException {
        MaterialDownload download = meetings.download(mid);
        return FileResponses.attachment(download.info().fileName(), download.info().contentType(),
                download.info().sizeBytes(), download.content()::open);
    }

    @PostMapping("/spotkania/{id}/praktyki")
    String linkPractice(@PathVariable long id, @RequestParam(name = "praktyka", defaultValue = "") String practice,
            Principal principal, RedirectAttributes redirect) {
        attempt(() -> meetings.linkPractice(id, practiceId(practice), actor(principal)), "exchange.practice.linked",
                "practiceError", redirect);
        return "redirect:/spotkania/" + id + "#praktyki";
    }

    /** A practice number, or the address of its page ({@code …/praktyki/12}). */
    static long practiceId(String text) {
        String t = text.strip();
        int slash = t.lastIndexOf('/');
        if (slash >= 0) {
            t = t.substring(slash + 1);
        }
        try {
            return Long.parseLong(t);
        }
        catch (NumberFormatException e) {
            throw ExchangeValidationException.of("practiceId", "exchange.practice.unknown");
        }
    }

    @PostMapping("/spotkania/{id}/praktyki/{pid}/usun")
    String unlinkPractice(@PathVariable long id, @PathVariable long pid, Principal principal,
            RedirectAttributes redirect) {
        meetings.unlinkPractice(id, pid, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.practice.unlinked");
        return "redirect:/spotkania/" + id + "#praktyki";
    }

    /** The service names the meeting's times; the form has a day and two times. */
    private static void reject(ExchangeValidationException e, BindingResult result) {
        for (ExchangeValidationException.Problem p : e.problems()) {
            String field = switch (p.field()) {
                case "startsAt" -> "date";
                case "endsAt" -> "endTime";
                default -> p.field();
            };
            result.rejectValue(field, p.messageKey());
        }
    }

    @GetMapping("/spotkania/{id}/kalendarz.ics")
    ResponseEntity<String> calendar(@PathVariable long id, Locale locale) {
        MeetingSummary meeting = meetings.summary(id);
        return ics(ICalendar.calendar(null, List.of(event(meeting)), clock.instant()),
                "spotkanie-" + id + ".ics");
    }

    @GetMapping("/spotkania.ics")
    ResponseEntity<String> feed(Locale locale) {
        List<ICalendar.Event> events = meetings.upcoming().stream().map(this::event).toList();
        return ics(ICalendar.calendar(messages.getMessage("exchange.calendar.name", null, locale), events,
                clock.instant()), "spotkania.ics");
    }

    private ICalendar.Event event(MeetingSummary m) {
        String location = m.place() != null ? m.place() : m.hostUnitName();
        String description = m.groupName();
        return new ICalendar.Event("spotkanie-" + m.id() + "@dobrepraktyki", m.startsAt().atZone(MeetingService.ZONE)
                .toInstant(), m.endsAt().atZone(MeetingService.ZONE).toInstant(), m.title(), location, description,
                baseUrl + "/spotkania/" + m.id());
    }

    private static ResponseEntity<String> ics(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
