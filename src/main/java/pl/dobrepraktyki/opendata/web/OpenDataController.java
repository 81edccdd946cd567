package pl.dobrepraktyki.opendata.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import pl.dobrepraktyki.opendata.OpenDataExports;

/** The open data page and its downloads, each streamed as it is read and named with today's date. */
@Controller
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType JSON = MediaType.APPLICATION_JSON;
    private static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);

    private final OpenDataExports exports;

    OpenDataController(OpenDataExports exports) {
        this.exports = exports;
    }

    @GetMapping("/dane")
    String page(Model model) {
        model.addAttribute("today", exports.today());
        model.addAttribute("latestPublication", exports.latestPublication().orElse(null));
        model.addAttribute("practiceCount", exports.publicPracticeCount());
        model.addAttribute("ccBy", OpenDataExports.CC_BY);
        return "opendata/index";
    }

    @GetMapping("/dane/praktyki.csv")
    ResponseEntity<StreamingResponseBody> practicesCsv() {
        return download("praktyki", "csv", CSV, OpenDataExports.CC_BY, exports::practicesCsv);
    }

    @GetMapping("/dane/praktyki.json")
    ResponseEntity<StreamingResponseBody> practicesJson() {
        return download("praktyki", "json", JSON, OpenDataExports.CC_BY, exports::practicesJson);
    }

    @GetMapping("/dane/praktyki.jsonld")
    ResponseEntity<StreamingResponseBody> practicesJsonLd() {
        return download("praktyki", "jsonld", JSON_LD, OpenDataExports.CC_BY, exports::practicesJsonLd);
    }

    @GetMapping("/dane/jst.csv")
    ResponseEntity<StreamingResponseBody> unitsCsv() {
        return download("jst", "csv", CSV, exports.absolute(OpenDataExports.PUBLIC_DATA_TERMS), exports::unitsCsv);
    }

    @GetMapping("/dane/wskazniki.csv")
    ResponseEntity<StreamingResponseBody> valuesCsv() {
        return download("wskazniki", "csv", CSV, exports.absolute(OpenDataExports.PUBLIC_DATA_TERMS),
                exports::valuesCsv);
    }

    private ResponseEntity<StreamingResponseBody> download(String name, String extension, MediaType type,
            String licence, Consumer<java.io.OutputStream> writer) {
        String fileName = "%s-%s.%s".formatted(name, exports.today(), extension);
        StreamingResponseBody body = writer::accept;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.LINK, "<" + licence + ">; rel=\"license\"")
                .body(body);
    }
}
