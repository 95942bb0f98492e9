package dev.firebreak.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.firebreak.incident.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The integrations API's request handling on a web slice: what a create call must carry,
 * how a refused one names its fields, and that the key is shown once, beside the sender's
 * configuration. Who may call it is proven on the whole application
 * (AuthorizationMatrixTest); what the catalogue refuses, by {@link Integrations}.
 */
@WebMvcTest(IntegrationApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class IntegrationApiControllerTest {

	private static final TestingAuthenticationToken ADAM = new TestingAuthenticationToken("adam", null, "ROLE_ADMIN");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Integrations integrations;

	@MockitoBean
	TestAlerts testAlerts;

	@Test
	void aCreatedIntegrationShowsItsKeyOnceWithTheSendersConfiguration() throws Exception {
		NewIntegration request = new NewIntegration("Prometheus", IntegrationType.ALERTMANAGER, "checkout", null, null,
				null, null, null);
		given(integrations.create(request, "adam"))
			.willReturn(new Integrations.CreatedIntegration(integration(7), "0123456789abcdef0123456789abcdef"));

		mvc.perform(create("""
				{"name": "Prometheus", "type": "ALERTMANAGER", "defaultService": "checkout"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/integrations/7"))
			.andExpect(jsonPath("$.key").value("0123456789abcdef0123456789abcdef"))
			.andExpect(jsonPath("$.integration.id").value(7))
			.andExpect(jsonPath("$.integration.keyHint").value("0123"))
			.andExpect(jsonPath("$.integration.endpoint").value("/api/v1/intake/alertmanager"))
			.andExpect(jsonPath("$.integration.defaultSeverity").value("MEDIUM"))
			.andExpect(jsonPath("$.configuration").exists());
	}

	@Test
	void aCreateCallWithoutNameTypeOrServiceNamesAllThree() throws Exception {
		mvc.perform(create("{\"defaultService\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("defaultService"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be blank"))
			.andExpect(jsonPath("$.errors[1].field").value("name"))
			.andExpect(jsonPath("$.errors[1].message").value("must not be blank"))
			.andExpect(jsonPath("$.errors[2].field").value("type"))
			.andExpect(jsonPath("$.errors[2].message").value("must not be null"));
		verify(integrations, never()).create(any(), anyString());
	}

	@Test
	void anUnknownTypeIsRefusedListingTheKnownOnes() throws Exception {
		mvc.perform(create("""
				{"name": "Nagios", "type": "NAGIOS", "defaultService": "checkout"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of " + List.of(IntegrationType.values())));
		verify(integrations, never()).create(any(), anyString());
	}

	@Test
	void namesAndLabelsHaveALimit() throws Exception {
		String tooLong = "x".repeat(101);
		mvc.perform(create("""
				{"name": "%s", "type": "GENERIC", "defaultService": "checkout", "teamLabel": "%s"}""".formatted(tooLong,
				tooLong)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("size must be between 0 and 100"))
			.andExpect(jsonPath("$.errors[1].field").value("teamLabel"));
		verify(integrations, never()).create(any(), anyString());
	}

	@Test
	void anUnknownOrDeletedIntegrationIsNotFound() throws Exception {
		given(integrations.find(9)).willReturn(Optional.empty());
		given(integrations.delete(9)).willReturn(false);
		given(integrations.delete(7)).willReturn(true);

		mvc.perform(get("/api/v1/integrations/9"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Integration not found"))
			.andExpect(jsonPath("$.detail").value("There is no live integration 9."));
		mvc.perform(delete("/api/v1/integrations/9"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no live integration 9."));
		mvc.perform(delete("/api/v1/integrations/7")).andExpect(status().isNoContent());
	}

	@Test
	void anIdThatIsNoNumberIsNamed() throws Exception {
		mvc.perform(get("/api/v1/integrations/seven"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(jsonPath("$.errors[0].message").value("cannot be read as long"));
	}

	private static MockHttpServletRequestBuilder create(String body) {
		return post("/api/v1/integrations").principal(ADAM).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static Integration integration(long id) {
		return new Integration(id, "Prometheus", IntegrationType.ALERTMANAGER, "0123", "checkout", null,
				Severity.MEDIUM, null, null, null, Instant.parse("2026-12-05T08:00:00Z"), "adam", null);
	}

}
