package pl.dobrepraktyki.competition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.TestFiles;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Organisers' logos: the administrator adds them on the edition's page; the public page shows them with alt text. */
@IntegrationTest
class CompetitionLogoTests {

    @Autowired
    CompetitionService competition;

    @Autowired
    EditionLogoService logos;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void theAdministratorAddsAnOrganisersLogoAndThePublicEditionPageShowsItWithItsName() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition("Edycja z logotypami", clock),
                admin);
        var as = user(users.loadUserByUsername(admin));

        FlashMap refused = mvc.perform(multipart("/admin/konkursy/" + edition.getId() + "/logotypy")
                .file(new MockMultipartFile("plik", "logo.png", "image/png", TestFiles.pdf("Nie obraz")))
                .param("organizator", "Związek Miast Polskich").with(as).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(logos.logosOf(edition.getId())).isEmpty();
        mvc.perform(get("/admin/konkursy/" + edition.getId()).with(as).flashAttrs(refused))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Logotyp musi być obrazem PNG lub JPEG.")));

        mvc.perform(multipart("/admin/konkursy/" + edition.getId() + "/logotypy")
                .file(new MockMultipartFile("plik", "zmp.png", "image/png", png()))
                .param("organizator", "Związek Miast Polskich").with(as).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = logos.logosOf(edition.getId()).get(0).getId();

        mvc.perform(get("/konkursy/" + edition.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"/konkursy/logotypy/" + id + "\"")))
                .andExpect(content().string(containsString("alt=\"Związek Miast Polskich\"")));
        mvc.perform(get("/konkursy/logotypy/" + id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        String editor = TestAccounts.active(context, Role.EDITOR);
        mvc.perform(multipart("/admin/konkursy/" + edition.getId() + "/logotypy")
                .file(new MockMultipartFile("plik", "inny.png", "image/png", png()))
                .param("organizator", "Ktoś").with(user(users.loadUserByUsername(editor))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(logos.logosOf(edition.getId())).hasSize(1);
    }
}
