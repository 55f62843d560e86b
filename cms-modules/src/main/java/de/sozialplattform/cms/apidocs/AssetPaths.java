package de.sozialplattform.cms.apidocs;

import static de.sozialplattform.cms.apidocs.Docs.JSON;
import static de.sozialplattform.cms.apidocs.Docs.authErrors;
import static de.sozialplattform.cms.apidocs.Docs.conflict;
import static de.sozialplattform.cms.apidocs.Docs.empty;
import static de.sozialplattform.cms.apidocs.Docs.invalidInput;
import static de.sozialplattform.cms.apidocs.Docs.managed;
import static de.sozialplattform.cms.apidocs.Docs.notFound;
import static de.sozialplattform.cms.apidocs.Docs.object;
import static de.sozialplattform.cms.apidocs.Docs.ok;
import static de.sozialplattform.cms.apidocs.Docs.open;
import static de.sozialplattform.cms.apidocs.Docs.pathParam;
import static de.sozialplattform.cms.apidocs.Docs.problem;
import static de.sozialplattform.cms.apidocs.Docs.serverError;
import static de.sozialplattform.cms.apidocs.Docs.string;
import static de.sozialplattform.cms.apidocs.Docs.withHeader;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.LinkedHashMap;
import java.util.Map;

/** Uploaded files: the editors' upload and metadata, and the public download of published files. */
final class AssetPaths {

    static final String TAG = "Assets";
    /** The public download; described here, kept out of springdoc's scan. */
    static final String DOWNLOAD = "/dam/{id}/{fileName:.+}";
    private static final String EDITOR = "EDITOR";
    private static final String FILE_ERRORS = "`errors` names `file`; `detectedType` gives the type read from the bytes";

    private AssetPaths() {
    }

    static Map<String, PathItem> all() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put("/.rest/assets/v1/{path}", new PathItem().post(upload()).get(metadata()));
        paths.put("/dam/{id}/{fileName}", new PathItem().get(download()));
        return paths;
    }

    private static Operation upload() {
        Operation operation = managed(TAG, "uploadAsset", EDITOR, "Upload a file",
                "Creates an asset below `{path}` (a folder of workspace `assets`, `/` for the top level). The file is "
                        + "read in a separate JVM with Apache Tika: its type is detected from the bytes and must be "
                        + "accepted (`sozial.assets.allowed-types`), its name must match that type, and it must be "
                        + "readable within the limits. Images need `altText`. Node, bytes and text are stored in one "
                        + "transaction; a refused file leaves nothing.")
                .addParametersItem(pathParam("path", "Parent folder").schema(string(null)))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("multipart/form-data",
                        new MediaType().schema(object("Parts: `file` (required), `name`, `title`, `altText`, "
                                + "translations such as `title_en`")))));
        operation.getResponses()
                .addApiResponse("201", withHeader(ok(JSON, object("The asset's metadata with `downloadUrl`"),
                        "Created"), "Location", "The asset's address in this API"))
                .addApiResponse("400", invalidInput("No `file`, an empty file, or an image without `altText`"))
                .addApiResponse("404", notFound("No such parent folder"))
                .addApiResponse("409", conflict("There is already a node with this name"))
                .addApiResponse("413", problem("The file is larger than `sozial.assets.max-upload-size` "
                        + "(`/problems/file-too-large`); " + FILE_ERRORS + "."))
                .addApiResponse("415", problem("The content's type is not accepted, or the name claims another type "
                        + "(`/problems/file-type-not-allowed`); " + FILE_ERRORS + "."))
                .addApiResponse("422", problem("Damaged, encrypted, a suspected zip bomb, more text than "
                        + "`sozial.assets.max-text-characters`, or not read within the time and memory limits "
                        + "(`/problems/file-not-readable`); " + FILE_ERRORS + "."));
        return authErrors(operation);
    }

    private static Operation metadata() {
        Operation operation = managed(TAG, "readAsset", EDITOR, "Read an asset's metadata",
                "Title, alternative text, file name, detected media type, size, SHA-256, status and `downloadUrl`. "
                        + "The extracted text is never shown.")
                .addParametersItem(pathParam("path", "Path of the asset").schema(string(null)));
        operation.getResponses()
                .addApiResponse("200", ok(JSON, object("The asset's metadata"), "The asset"))
                .addApiResponse("404", notFound("No such asset"));
        return authErrors(operation);
    }

    private static Operation download() {
        Operation operation = open(TAG, "downloadAsset", "Download a published file",
                "The bytes of a published asset with its detected `Content-Type`, `X-Content-Type-Options: nosniff`, "
                        + "`Content-Security-Policy: sandbox`, `Content-Disposition: attachment` (images: `inline`) and "
                        + "the SHA-256 as `ETag`.")
                .addParametersItem(pathParam("id", "Identifier (UUID) of the asset").schema(string(null).format("uuid")))
                .addParametersItem(pathParam("fileName", "The asset's `fileName`").schema(string(null)));
        operation.getResponses()
                .addApiResponse("200", withHeader(ok("application/octet-stream", string(null).format("binary"),
                        "The file"), "ETag", "SHA-256 of the bytes"))
                .addApiResponse("304", empty("Unchanged since the `If-None-Match` ETag"))
                .addApiResponse("400", invalidInput("`id` is not a UUID"))
                .addApiResponse("404", notFound("No such published asset, or another file name"));
        return serverError(operation);
    }
}
