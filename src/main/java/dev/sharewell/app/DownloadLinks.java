package dev.sharewell.app;

import dev.sharewell.chat.FileLinks;
import dev.sharewell.share.Downloads;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Set;
import java.util.function.Supplier;

/** Download links served by this server at {@code /exports/{token}}, for a short while. */
final class DownloadLinks implements FileLinks {
  static final String PATH = "/exports/{token}";

  private final Downloads downloads;
  private final Supplier<String> publicUrl;

  DownloadLinks(Downloads downloads, Supplier<String> publicUrl) {
    this.downloads = downloads;
    this.publicUrl = publicUrl;
  }

  @Override
  public String link(long ownerId, String filename, String content, Set<Long> about) {
    String token = downloads.keep(ownerId, filename, content, about);
    return publicUrl.get() + "/exports/" + token;
  }

  /** The files Sharewell hands out are CSV exports and the JSON of mydata. */
  static String contentType(String filename) {
    return filename.endsWith(".json")
        ? "application/json; charset=utf-8"
        : "text/csv; charset=utf-8";
  }

  /** Serves a kept file while it lasts; unknown or expired tokens get 404. */
  Handler handler() {
    return (Context ctx) -> {
      Downloads.Download download =
          downloads
              .fetch(ctx.pathParam("token"))
              .orElseThrow(
                  () ->
                      new io.javalin.http.NotFoundResponse(
                          "This download has expired or never existed."));
      ctx.contentType(contentType(download.filename()))
          .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"")
          .header("Cache-Control", "no-store")
          .result(download.content());
    };
  }
}
