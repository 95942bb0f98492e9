package dev.firebreak.notify.paging;

import dev.firebreak.FirebreakTest;

/** Escalation end to end on H2. */
@FirebreakTest
class PagingTest extends AbstractPagingTest {

}
