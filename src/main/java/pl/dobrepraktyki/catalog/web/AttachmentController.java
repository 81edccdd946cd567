package pl.dobrepraktyki.catalog.web;

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

import pl.dobrepraktyki.catalog.AttachmentDownload;
import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.FileResponses;
import pl.dobrepraktyki.catalog.FileUploads;

import static pl.dobrepraktyki.catalog.web.PracticeController.actor;

/** Attachments: upload and removal on the edit page, download for whoever may read the practice. */
@Controller
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/praktyki/{id}/zalaczniki")
    String upload(@PathVariable long id, @RequestParam(name = "plik", required = false) MultipartFile file,
            Principal principal, RedirectAttributes redirect) throws IOException {
        try {
            FileUploads.receive(file, (name, in) -> attachments.upload(id, name, in, actor(principal)));
            redirect.addFlashAttribute("flash", "catalog.attachment.uploaded");
        }
        catch (AttachmentRejectedException e) {
            redirect.addFlashAttribute("attachmentError", e.messageKey());
        }
        return "redirect:/praktyki/" + id + "/edycja#zalaczniki";
    }

    @PostMapping("/praktyki/{id}/zalaczniki/{aid}/usun")
    String delete(@PathVariable long id, @PathVariable long aid, Principal principal, RedirectAttributes redirect) {
        attachments.delete(aid, actor(principal));
        redirect.addFlashAttribute("flash", "catalog.attachment.deleted");
        return "redirect:/praktyki/" + id + "/edycja#zalaczniki";
    }

    @GetMapping("/zalaczniki/{aid}")
    ResponseEntity<InputStreamResource> download(@PathVariable long aid, Principal principal) throws IOException {
        AttachmentDownload download = attachments.download(aid, actor(principal));
        return FileResponses.attachment(download.info().fileName(), download.info().contentType(),
                download.info().sizeBytes(), download.content());
    }
}
