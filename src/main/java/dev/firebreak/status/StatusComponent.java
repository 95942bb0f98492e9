package dev.firebreak.status;

import java.util.List;

/**
 * What the public sees as one part of the product ("Checkout", "Public website"): a name,
 * a line of description, and the services whose incidents and maintenance decide its
 * state. The service names never appear on the public page.
 *
 * @param position the order on the page, smallest first
 */
public record StatusComponent(long id, String name, String description, int position, List<String> services) {
}
