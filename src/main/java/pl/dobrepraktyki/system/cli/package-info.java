@org.springframework.modulith.NamedInterface("cli")
package pl.dobrepraktyki.system.cli;
