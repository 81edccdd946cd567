/**
 * Cross-cutting platform infrastructure shared by every feature: the layout, home page, error
 * pages, accessibility declaration, security configuration, locale handling and one-shot
 * commands. It depends on no feature module; features may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
package pl.dobrepraktyki.system;
