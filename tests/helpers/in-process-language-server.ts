/**
 * The language server in this process, on in-memory pipes, with a real `vscode-jsonrpc`
 * client on the other ends: the unit tests drive it as an editor would, without spawning.
 */
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startLanguageServer } from '../../src/language-server/server';
import { inMemoryPipes, type LanguageServerClient } from './language-server-client';

export interface InProcessServer {
  readonly client: LanguageServerClient;
  dispose(): void;
}

export function startInProcess(): InProcessServer {
  const { serverInput, serverOutput, client } = inMemoryPipes();
  // Reader and writer objects, not streams: given streams, the library exits the process when they end.
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(serverInput), new StreamMessageWriter(serverOutput));
  startLanguageServer(connection);
  return {
    client,
    dispose() {
      client.connection.dispose();
      connection.dispose();
    },
  };
}
