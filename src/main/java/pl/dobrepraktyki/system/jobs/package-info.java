/** Work started from an admin page that runs in the background and shows its progress there. */
@org.springframework.modulith.NamedInterface("jobs")
package pl.dobrepraktyki.system.jobs;
