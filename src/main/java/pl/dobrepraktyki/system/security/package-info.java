@org.springframework.modulith.NamedInterface("security")
package pl.dobrepraktyki.system.security;
