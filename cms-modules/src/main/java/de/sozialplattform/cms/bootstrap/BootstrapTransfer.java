package de.sozialplattform.cms.bootstrap;

import de.sozialplattform.cms.content.ContentReader;
import de.sozialplattform.cms.content.NodePaths;
import de.sozialplattform.cms.problem.NotFoundException;
import de.sozialplattform.lightmodules.LightModules;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports uploaded or local bootstrap files, all of one call in one transaction: all or nothing. */
@Service
class BootstrapTransfer {

    private final BootstrapYamlReader yamlReader;
    private final BootstrapImporter importer;
    private final ContentReader reader;
    private final LightModules lightModules;

    BootstrapTransfer(BootstrapYamlReader yamlReader, BootstrapImporter importer, ContentReader reader,
            LightModules lightModules) {
        this.yamlReader = yamlReader;
        this.importer = importer;
        this.reader = reader;
        this.lightModules = lightModules;
    }

    /**
     * A file to import.
     *
     * @param fileName its name, for messages and, without {@code parentPath}, to tell where it goes
     * @param workspace the workspace it goes to
     * @param parentPath where its top-level node goes, or {@code null} to take that from the file name
     */
    record Source(String fileName, String workspace, String parentPath, String yaml) {
    }

    /** The files as imported (their node paths) and what the import did. */
    record Result(List<BootstrapFile> files, ImportSummary summary) {
    }

    /**
     * @throws NotFoundException for an unknown workspace or parent given explicitly
     * @throws BootstrapException for a file that cannot be read or imported
     */
    @Transactional
    public Result importFiles(List<Source> sources, ImportMode mode, String actor) {
        Map<BootstrapFile, BootstrapNode> trees = new LinkedHashMap<>();
        for (Source source : sources) {
            if (!lightModules.workspaces().contains(source.workspace())) {
                throw new NotFoundException("workspace '" + source.workspace() + "' (known: "
                        + String.join(", ", lightModules.workspaces()) + ")");
            }
            if (source.parentPath() != null && !NodePaths.ROOT.equals(NodePaths.normalize(source.parentPath()))) {
                reader.require(source.workspace(), source.parentPath());
            }
            BootstrapNode root = read(source);
            BootstrapFile placed = source.parentPath() == null ? BootstrapFile.parse(source.fileName(), root.name())
                    : BootstrapFile.at(source.workspace(), source.parentPath(), root.name());
            trees.put(new BootstrapFile(source.fileName(), source.workspace(), placed.path()), root);
        }
        return new Result(List.copyOf(trees.keySet()), importer.importTrees(trees, mode, actor));
    }

    private BootstrapNode read(Source source) {
        try {
            // A byte order mark is allowed at the start of a YAML stream; SnakeYAML only skips it in byte streams.
            String yaml = source.yaml().startsWith("\uFEFF") ? source.yaml().substring(1) : source.yaml();
            return yamlReader.read(source.workspace(), new StringReader(yaml));
        } catch (BootstrapException e) {
            // The reader names nodes by their path within the file; with a known parent that is a repository path.
            String node = e.node() == null || source.parentPath() == null ? e.node()
                    : NodePaths.child(NodePaths.normalize(source.parentPath()), e.node());
            throw new BootstrapException(source.fileName() + ": " + e.getMessage(), node, e.line(), e.getCause());
        }
    }
}
