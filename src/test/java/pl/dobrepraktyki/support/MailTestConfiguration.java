package pl.dobrepraktyki.support;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server (GreenMail) on a free port; the platform sends its mail there in tests. */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** Messages received for one address, oldest first. */
    public static List<MimeMessage> mailTo(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The first link starting with {@code prefix} in the newest message to the address. */
    public static String linkInLastMail(GreenMail greenMail, String address, String prefix) {
        List<MimeMessage> messages = mailTo(greenMail, address);
        if (messages.isEmpty()) {
            throw new AssertionError("No mail to " + address);
        }
        String body = GreenMailUtil.getBody(messages.get(messages.size() - 1));
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "[^\\s]*").matcher(body.replace("=\r\n", ""));
        if (!m.find()) {
            throw new AssertionError("No link " + prefix + " in: " + body);
        }
        return m.group().replace("=3D", "=");
    }
}
