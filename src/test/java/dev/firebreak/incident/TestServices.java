package dev.firebreak.incident;

import java.util.UUID;

/**
 * The setup most tests start from: a service of its own in the catalogue, with a name no
 * other test of the run meets, so that tests sharing one application context never see
 * each other's incidents.
 */
public final class TestServices {

	private TestServices() {
	}

	/**
	 * @param prefix tells in a failure's output which test made the service
	 * @return the new service's name, {@code prefix-} and eight random characters
	 */
	public static String fresh(ServiceCatalogue catalogue, String prefix, int tier, String team) {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		catalogue.register(new MonitoredService(name, tier, team));
		return name;
	}

}
