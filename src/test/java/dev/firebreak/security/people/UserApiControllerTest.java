package dev.firebreak.security.people;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people API's request checks on a web slice: one answer names every field to fix,
 * the password policy included, and a refused request never reaches
 * {@link UserAdminService}. Who may call it is proven on the whole application
 * (AuthorizationMatrixTest); what the service refuses (a taken name), by PeopleAdminTest.
 */
@WebMvcTest(UserApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(PasswordPolicy.class)
class UserApiControllerTest {

	private static final TestingAuthenticationToken ADAM = new TestingAuthenticationToken("adam", null, "ROLE_ADMIN");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserAdminService users;

	@Test
	void invalidInputNamesEveryField() throws Exception {
		mvc.perform(json(post("/api/v1/users"), """
				{"username": "Not Valid!", "email": "not-an-email", "password": "short", "roles": []}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(contains("displayName", "email", "password", "roles", "username")))
			.andExpect(jsonPath("$.errors[2].message").value("must be at least 12 characters long"))
			.andExpect(jsonPath("$.errors[4].message")
				.value("must be 2-100 lower-case letters, digits or . _ @ -, starting with a letter or digit"));
		verify(users, never()).create(any(), any());
	}

	@Test
	void aCommonPasswordIsRefusedWhateverItsLength() throws Exception {
		mvc.perform(json(post("/api/v1/users"), """
				{"username": "common", "displayName": "C", "password": "Password1234", "roles": ["RESPONDER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("is too common; choose one that is not on lists of well-known passwords"));
		verify(users, never()).create(any(), any());
	}

	@Test
	void anUnknownRoleNamesTheField() throws Exception {
		mvc.perform(json(post("/api/v1/users"),
				"""
						{"username": "r-1", "displayName": "R", "password": "correct horse battery", "roles": ["SUPERUSER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("roles[0]")))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("must be one of [")));
		verify(users, never()).create(any(), any());
	}

	@Test
	void anUpdateIsCheckedLikeACreateButMayKeepThePassword() throws Exception {
		mvc.perform(json(put("/api/v1/users/rita"), """
				{"displayName": "", "password": "aaaaaaaaaaaaaaa", "roles": ["RESPONDER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("displayName", "password")))
			.andExpect(jsonPath("$.errors[1].message").value("repeats too few different characters"));
		verify(users, never()).update(any(), any(), any());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.principal(ADAM).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
