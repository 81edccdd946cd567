/** The home page and what feature modules show on it ({@link pl.dobrepraktyki.system.home.HomePageSection}). */
@org.springframework.modulith.NamedInterface("home")
package pl.dobrepraktyki.system.home;
