@org.springframework.modulith.NamedInterface("mail")
package pl.dobrepraktyki.system.mail;
