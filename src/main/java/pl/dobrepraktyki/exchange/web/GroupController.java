package pl.dobrepraktyki.exchange.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.exchange.ExchangeReport;
import pl.dobrepraktyki.exchange.ExchangeReports;
import pl.dobrepraktyki.exchange.ExchangeValidationException;
import pl.dobrepraktyki.exchange.GroupKind;
import pl.dobrepraktyki.exchange.GroupNotFoundException;
import pl.dobrepraktyki.exchange.GroupPageSection;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.GroupView;
import pl.dobrepraktyki.exchange.WhoToAsk;

/**
 * Exchange groups: {@code /grupy} lists them, {@code /grupy/{id}} shows one (member people as the
 * person may see them, meetings, management forms for its moderators), {@code /grupy/nowa} and
 * {@code /grupy/{id}/edycja} create and change; reports per group and per programme, also as CSV.
 */
@Controller
class GroupController {

    private final GroupService groups;
    private final ExchangeReports reports;
    private final ExchangeNames names;
    private final MessageSource messages;
    private final WhoToAsk whoToAsk;
    private final List<GroupPageSection> sections;

    /** A contributed part of the group page: its fragment and the values it reads. */
    record SectionView(String template, java.util.Map<String, Object> model) {
    }

    GroupController(GroupService groups, ExchangeReports reports, ExchangeNames names, MessageSource messages,
            WhoToAsk whoToAsk, ObjectProvider<GroupPageSection> sections) {
        this.whoToAsk = whoToAsk;
        this.sections = sections.orderedStream().toList();
        this.groups = groups;
        this.reports = reports;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/grupy")
    String list(Principal principal, Locale locale, Model model) {
        model.addAttribute("groups", groups.groups());
        model.addAttribute("programmes", reports.programmes());
        model.addAttribute("programmeNames", names.programmeNames(locale));
        return "exchange/groups";
    }

    @GetMapping("/grupy/{id}")
    String show(@PathVariable long id, Principal principal, Locale locale, Model model) {
        GroupView group = groups.group(id, actor(principal));
        fill(group, locale, model);
        model.addAttribute("strategies", reports.strategies(group, actor(principal)).orElse(null));
        model.addAttribute("ask", principal == null ? null : whoToAsk.forGroup(group, actor(principal)));
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MemberForm());
        }
        return "exchange/group";
    }

    private void fill(GroupView group, Locale locale, Model model) {
        model.addAttribute("group", group);
        List<SectionView> contributed = new java.util.ArrayList<>();
        for (GroupPageSection section : sections) {
            java.util.Map<String, Object> values = section.model(group);
            if (!values.isEmpty()) {
                contributed.add(new SectionView(section.template(), values));
            }
        }
        model.addAttribute("sections", contributed);
        model.addAttribute("areaNames", names.areaNames(locale));
        model.addAttribute("programme", names.programme(group.programmeCode()));
    }

    @GetMapping("/grupy/nowa")
    String createForm(Model model) {
        model.addAttribute("form", new GroupForm());
        return form(model, null);
    }

    @PostMapping("/grupy/nowa")
    String create(@ModelAttribute("form") GroupForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = groups.create(form.toParams(), actor(principal));
                redirect.addFlashAttribute("flash", "exchange.group.created");
                return "redirect:/grupy/" + id;
            }
            catch (ExchangeValidationException e) {
                reject(e, result);
            }
        }
        return form(model, null);
    }

    @GetMapping("/grupy/{id}/edycja")
    String editForm(@PathVariable long id, Principal principal, Model model) {
        GroupView group = groups.group(id, actor(principal));
        if (!group.canManage()) {
            throw new org.springframework.security.access.AccessDeniedException("not a moderator of " + id);
        }
        model.addAttribute("form", GroupForm.of(group));
        return form(model, id);
    }

    @PostMapping("/grupy/{id}/edycja")
    String edit(@PathVariable long id, @ModelAttribute("form") GroupForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                groups.update(id, form.getVersion(), form.toParams(), actor(principal));
                redirect.addFlashAttribute("flash", "exchange.group.saved");
                return "redirect:/grupy/" + id;
            }
            catch (ExchangeValidationException e) {
                reject(e, result);
            }
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("groupId", id);
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("areas", names.areas());
        model.addAttribute("programmes", names.programmes());
        model.addAttribute("parents", groups.groups().stream().filter(g -> id == null || g.id() != id).toList());
        return "exchange/group-form";
    }

    @PostMapping("/grupy/{id}/jednostki")
    String addUnit(@PathVariable long id, @RequestParam(name = "teryt", defaultValue = "") String teryt,
            Principal principal, RedirectAttributes redirect) {
        attempt(() -> groups.addUnit(id, teryt, actor(principal)), "exchange.unit.added", "unitError", redirect);
        return "redirect:/grupy/" + id + "#jednostki";
    }

    @PostMapping("/grupy/{id}/moderatorzy")
    String addModerator(@PathVariable long id, @RequestParam(name = "email", defaultValue = "") String email,
            Principal principal, RedirectAttributes redirect) {
        attempt(() -> groups.addModerator(id, email, actor(principal)), "exchange.moderator.added", "moderatorError",
                redirect);
        return "redirect:/grupy/" + id + "#moderatorzy";
    }

    @PostMapping("/grupy/{id}/jednostki/{teryt}/usun")
    String removeUnit(@PathVariable long id, @PathVariable String teryt, Principal principal,
            RedirectAttributes redirect) {
        groups.removeUnit(id, teryt, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.unit.removed");
        return "redirect:/grupy/" + id + "#jednostki";
    }

    @PostMapping("/grupy/{id}/czlonkowie")
    String addMember(@PathVariable long id, @ModelAttribute("member") MemberForm form, BindingResult result,
            Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        try {
            groups.addMember(id, form.toParams(), actor(principal));
            redirect.addFlashAttribute("flash", "exchange.member.added");
            return "redirect:/grupy/" + id + "#osoby";
        }
        catch (ExchangeValidationException e) {
            reject(e, result);
        }
        GroupView group = groups.group(id, actor(principal));
        fill(group, locale, model);
        model.addAttribute("strategies", reports.strategies(group, actor(principal)).orElse(null));
        model.addAttribute("ask", whoToAsk.forGroup(group, actor(principal)));
        return "exchange/group";
    }

    @PostMapping("/grupy/{id}/czlonkowie/{mid}/usun")
    String removeMember(@PathVariable long id, @PathVariable long mid, Principal principal,
            RedirectAttributes redirect) {
        groups.removeMember(id, mid, actor(principal));
        redirect.addFlashAttribute("flash", "exchange.member.removed");
        return "redirect:/grupy/" + id + "#osoby";
    }

    @PostMapping("/grupy/{id}/zgoda")
    String consent(@PathVariable long id, @RequestParam(name = "zgoda", defaultValue = "false") boolean consent,
            Principal principal, RedirectAttributes redirect) {
        groups.setOwnConsent(id, consent, actor(principal));
        redirect.addFlashAttribute("flash", consent ? "exchange.consent.given" : "exchange.consent.withdrawn");
        return "redirect:/grupy/" + id + "#osoby";
    }

    @GetMapping("/grupy/{id}/raport")
    String groupReport(@PathVariable long id, Principal principal, Locale locale, Model model) {
        GroupView group = groups.group(id, null);
        model.addAttribute("group", group);
        model.addAttribute("strategies", reports.strategies(group, actor(principal)).orElse(null));
        model.addAttribute("rows", List.of(reports.forGroup(id)));
        model.addAttribute("csv", "/grupy/" + id + "/raport.csv");
        model.addAttribute("heading", group.name());
        return "exchange/report";
    }

    @GetMapping("/grupy/{id}/raport.csv")
    ResponseEntity<String> groupReportCsv(@PathVariable long id, Locale locale) {
        groups.group(id, null);
        return csv(List.of(reports.forGroup(id)), "raport-grupy-" + id + ".csv", locale);
    }

    @GetMapping("/programy/{code}/raport")
    String programmeReport(@PathVariable String code, Locale locale, Model model) {
        if (!reports.programmes().contains(code)) {
            throw new GroupNotFoundException(-1);
        }
        model.addAttribute("rows", programmeRows(code, locale));
        model.addAttribute("csv", "/programy/" + code + "/raport.csv");
        model.addAttribute("heading", names.programmeNames(locale).getOrDefault(code, code));
        return "exchange/report";
    }

    @GetMapping("/programy/{code}/raport.csv")
    ResponseEntity<String> programmeReportCsv(@PathVariable String code, Locale locale) {
        if (!reports.programmes().contains(code)) {
            throw new GroupNotFoundException(-1);
        }
        return csv(programmeRows(code, locale), "raport-programu-" + code + ".csv", locale);
    }

    /** The programme's groups, then the programme's total named in words. */
    private List<ExchangeReport> programmeRows(String code, Locale locale) {
        List<ExchangeReport> rows = new java.util.ArrayList<>(reports.programmeWithGroups(code));
        ExchangeReport total = rows.remove(rows.size() - 1);
        rows.add(new ExchangeReport(messages.getMessage("exchange.report.total", null, locale), total.meetings(),
                total.heldMeetings(), total.participants(), total.units(), total.inSeveralComponents(),
                total.practices()));
        return rows;
    }

    private ResponseEntity<String> csv(List<ExchangeReport> rows, String fileName, Locale locale) {
        List<String> header = List.of("scope", "meetings", "held", "participants", "units", "severalComponents",
                "practices").stream().map(k -> messages.getMessage("exchange.report.csv." + k, null, locale)).toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body("\uFEFF" + ExchangeReports.csv(rows, header));
    }

    /** Runs a one-field action: on success the flash message, on a validation problem its key for the field. */
    static void attempt(Runnable action, String done, String errorAttribute, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        }
        catch (ExchangeValidationException e) {
            redirect.addFlashAttribute(errorAttribute, e.problems().get(0).messageKey());
        }
    }

    static void reject(ExchangeValidationException e, BindingResult result) {
        for (ExchangeValidationException.Problem p : e.problems()) {
            result.rejectValue(p.field(), p.messageKey());
        }
    }

    static String actor(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
