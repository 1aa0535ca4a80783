package vn.dxflow.evidence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** An MP4-looking stream of any length made on the fly (an ftyp box, then a repeated random block). */
public final class GeneratedVideo extends InputStream {

    private static final byte[] BLOCK = new byte[1 << 20];

    static {
        new Random(42).nextBytes(BLOCK);
        byte[] ftyp = "\0\0\0\u0020ftypisom\0\0\u0002\0isomiso2avc1mp41".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ftyp, 0, BLOCK, 0, ftyp.length);
    }

    private final long size;
    private long position;

    public GeneratedVideo(long size) {
        this.size = size;
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        return BLOCK[(int) (position++ % BLOCK.length)] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int inBlock = (int) (position % BLOCK.length);
        int n = (int) Math.min(Math.min(length, BLOCK.length - inBlock), size - position);
        System.arraycopy(BLOCK, inBlock, buffer, offset, n);
        position += n;
        return n;
    }
}
