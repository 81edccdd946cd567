package pl.dobrepraktyki.competition.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.FileResponses;
import pl.dobrepraktyki.catalog.FileUploads;
import pl.dobrepraktyki.competition.EditionLogoService;

/**
 * Organisers' logos: an administrator adds one (the organiser's name and a PNG or JPEG) or removes it
 * on the edition's page in the secretariat; the public edition page shows them.
 */
@Controller
class EditionLogoController {

    private final EditionLogoService logos;

    EditionLogoController(EditionLogoService logos) {
        this.logos = logos;
    }

    @PostMapping("/admin/konkursy/{id}/logotypy")
    String add(@PathVariable long id, @RequestParam(name = "organizator", defaultValue = "") String organiser,
            @RequestParam(name = "plik", required = false) MultipartFile file, Principal principal,
            RedirectAttributes redirect) throws IOException {
        try {
            FileUploads.receive(file, (name, in) -> logos.add(id, organiser, name, in, principal.getName()));
            redirect.addFlashAttribute("flash", "competition.logo.added");
        }
        catch (CatalogValidationException e) {
            redirect.addFlashAttribute("logoOrganiserError", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("logoOrganiser", organiser);
        }
        catch (AttachmentRejectedException e) {
            redirect.addFlashAttribute("logoError", e.messageKey());
            redirect.addFlashAttribute("logoOrganiser", organiser);
        }
        return "redirect:/admin/konkursy/" + id + "#logotypy";
    }

    @PostMapping("/admin/konkursy/{id}/logotypy/{lid}/usun")
    String delete(@PathVariable long id, @PathVariable long lid, Principal principal, RedirectAttributes redirect) {
        logos.delete(id, lid, principal.getName());
        redirect.addFlashAttribute("flash", "competition.logo.deleted");
        return "redirect:/admin/konkursy/" + id + "#logotypy";
    }

    /** A logo (public, like the edition page that shows it). */
    @GetMapping("/konkursy/logotypy/{lid}")
    ResponseEntity<InputStreamResource> logo(@PathVariable long lid) throws IOException {
        EditionLogoService.LogoDownload logo = logos.download(lid);
        String extension = "image/png".equals(logo.info().getContentType()) ? ".png" : ".jpg";
        return FileResponses.attachment("logo-" + lid + extension, logo.info().getContentType(),
                logo.info().getSizeBytes(), logo.content());
    }
}
