package io.github.digitrade.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What the readers need to know of an input path before they open it. */
final class InputFiles {

  private InputFiles() {}

  /**
   * Returns the size of a regular file, or -1 for a pipe or device whose size is unknown; a
   * directory or a missing file is an {@link IOException} naming the path.
   *
   * @param file the path, not null
   * @return the size in bytes, or -1
   * @throws IOException naming the path if it is a directory, missing or unreadable
   */
  static long size(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a directory: expected a CSV file, plain or gzip");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file: expected a CSV file");
    }
    if (!Files.isReadable(file)) {
      throw new AccessDeniedException(file.toString(), null, "cannot read the file");
    }
    return Files.isRegularFile(file) ? Files.size(file) : -1;
  }
}
