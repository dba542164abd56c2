import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (issue 20): rewrites one nested library of a Spring Boot jar keeping only the classes
 * the rest of the jar can reach. The roots are every class under the library's package prefix that
 * a class of another nested jar or of the application names; the closure follows the names each kept
 * class's constant pool mentions (class entries, descriptors, signatures, string constants in either
 * dotted or slashed form), so it keeps a superset of what can be loaded, reflection by a literal name
 * included. Resources (META-INF, licences) are kept as they are.
 *
 * <pre>java src/build/ReachableClasses.java FAT_JAR LIBRARY_JAR_NAME PACKAGE_PREFIX OUT_JAR</pre>
 *
 * Prints how many classes it kept. Fails if the library is missing or if nothing refers to it.
 */
public final class ReachableClasses {

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: FAT_JAR LIBRARY_JAR_NAME PACKAGE_PREFIX OUT_JAR");
        }
        Path fat = Path.of(args[0]);
        String library = "BOOT-INF/lib/" + args[1];
        String prefix = args[2].replace('.', '/');
        Pattern names = Pattern.compile(Pattern.quote(prefix) + "[\\w$/]*|" + Pattern.quote(prefix.replace('/', '.')) + "[\\w$.]*");

        Map<String, byte[]> libraryEntries = null;
        Set<String> roots = new HashSet<>();
        try (ZipInputStream jar = new ZipInputStream(Files.newInputStream(fat))) {
            for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals(library)) {
                    libraryEntries = entries(jar);
                } else if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    for (Map.Entry<String, byte[]> nested : entries(jar).entrySet()) {
                        if (nested.getKey().endsWith(".class")) {
                            referencedNames(nested.getValue(), names, roots);
                        }
                    }
                } else if (name.endsWith(".class")) {
                    referencedNames(jar.readAllBytes(), names, roots);
                }
            }
        }
        if (libraryEntries == null) {
            throw new IllegalStateException(library + " is not in " + fat);
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("nothing in " + fat + " refers to " + prefix + ": drop the library instead");
        }

        Set<String> kept = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            String entry = pending.pop() + ".class";
            byte[] bytes = libraryEntries.get(entry);
            if (bytes != null && kept.add(entry)) {
                Set<String> next = new HashSet<>();
                referencedNames(bytes, names, next);
                pending.addAll(next);
            }
        }

        int classes = 0;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(Path.of(args[3])))) {
            for (Map.Entry<String, byte[]> entry : libraryEntries.entrySet()) {
                String name = entry.getKey();
                boolean isClass = name.endsWith(".class") && !name.endsWith("module-info.class");
                if (!isClass || kept.contains(name)) {
                    out.putNextEntry(new ZipEntry(name));
                    out.write(entry.getValue());
                    out.closeEntry();
                    classes += isClass ? 1 : 0;
                }
            }
        }
        long all = libraryEntries.keySet().stream().filter(n -> n.endsWith(".class")).count();
        System.out.printf("%s: kept %d of %d classes reachable from the rest of the jar%n", args[1], classes, all);
    }

    private static Map<String, byte[]> entries(InputStream jarBytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ZipInputStream nested = new ZipInputStream(new ByteArrayInputStream(jarBytes.readAllBytes()));
        for (ZipEntry entry; (entry = nested.getNextEntry()) != null; ) {
            if (!entry.isDirectory()) {
                entries.put(entry.getName(), nested.readAllBytes());
            }
        }
        return entries;
    }

    /** Adds to {@code found} the slashed class names matching {@code names} in the class file's UTF-8 constants. */
    private static void referencedNames(byte[] classFile, Pattern names, Set<String> found) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            return;
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    Matcher matcher = names.matcher(in.readUTF());
                    while (matcher.find()) {
                        found.add(matcher.group().replace('.', '/'));
                    }
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }
}
