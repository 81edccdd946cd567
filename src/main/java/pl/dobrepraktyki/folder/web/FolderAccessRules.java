package pl.dobrepraktyki.folder.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.system.security.AccessRules;

/** "Moja teczka": any signed-in person, each reaching only their own entries (the service scopes every id). */
@Configuration(proxyBeanMethods = false)
class FolderAccessRules {

    @Bean
    AccessRules folderPageAccessRules() {
        return rules -> rules
                .requestMatchers("/teczka", "/teczka.csv", "/teczka/druk", "/teczka/praktyki/{practiceId}",
                        "/teczka/{entryId}/notatka", "/teczka/{entryId}/usun")
                .authenticated();
    }
}
