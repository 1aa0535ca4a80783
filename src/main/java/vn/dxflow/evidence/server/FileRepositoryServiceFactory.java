package vn.dxflow.evidence.server;

import java.io.File;
import java.nio.file.Path;
import org.apache.chemistry.opencmis.commons.exceptions.CmisPermissionDeniedException;
import org.apache.chemistry.opencmis.commons.impl.server.AbstractServiceFactory;
import org.apache.chemistry.opencmis.commons.server.CallContext;
import org.apache.chemistry.opencmis.commons.server.CmisService;
import org.apache.chemistry.opencmis.server.support.wrapper.ConformanceCmisServiceWrapper;

/**
 * Hands the OpenCMIS servlets one service per request, after checking the single technical account DXFlow uses.
 * Uploads above the memory threshold are buffered by OpenCMIS in plain (unencrypted) temporary files next to the
 * repository, so large videos never sit in memory.
 */
final class FileRepositoryServiceFactory extends AbstractServiceFactory {

    private static final int MEMORY_THRESHOLD = 1024 * 1024;

    private final RepositoryDescription description;
    private final FileRepository repository;
    private final RepositoryTypes types = new RepositoryTypes();
    private final String user;
    private final String password;
    private final File tempDirectory;

    FileRepositoryServiceFactory(String repositoryId, FileRepository repository, String user, String password,
                                 Path tempDirectory) {
        this.description = new RepositoryDescription(repositoryId);
        this.repository = repository;
        this.user = user;
        this.password = password;
        this.tempDirectory = tempDirectory.toFile();
    }

    @Override
    public CmisService getService(CallContext context) {
        if (!user.equals(context.getUsername()) || !password.equals(context.getPassword())) {
            throw new CmisPermissionDeniedException("Wrong user or password");
        }
        ConformanceCmisServiceWrapper service = new ConformanceCmisServiceWrapper(
                new FileRepositoryService(description, repository, types, context));
        service.setCallContext(context);
        return service;
    }

    @Override
    public File getTempDirectory() {
        return tempDirectory;
    }

    @Override
    public boolean encryptTempFiles() {
        return false;
    }

    @Override
    public int getMemoryThreshold() {
        return MEMORY_THRESHOLD;
    }
}
