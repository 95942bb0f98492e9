package dev.firebreak.probe;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body up to a limit and then stops the download, so that a huge or
 * endless answer costs neither memory nor time. Decoded as UTF-8 for the keyword search;
 * bytes that are not UTF-8 cannot match a keyword anyway.
 */
class BoundedBody implements HttpResponse.BodySubscriber<String> {

	private final int limit;

	private final ByteArrayOutputStream received = new ByteArrayOutputStream();

	private final CompletableFuture<String> body = new CompletableFuture<>();

	private Flow.Subscription subscription;

	BoundedBody(int limit) {
		this.limit = limit;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(1);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			int take = Math.min(buffer.remaining(), limit - received.size());
			byte[] bytes = new byte[take];
			buffer.get(bytes);
			received.write(bytes, 0, take);
		}
		if (received.size() >= limit) {
			subscription.cancel();
			finish();
		}
		else {
			subscription.request(1);
		}
	}

	@Override
	public void onError(Throwable error) {
		body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		finish();
	}

	@Override
	public CompletionStage<String> getBody() {
		return body;
	}

	private void finish() {
		body.complete(received.toString(StandardCharsets.UTF_8));
	}

}
