// How a ballot's options are written in a roll call, shared by the server's exports and the screens (outside
// $lib/server so that pages may import it): a list for multiple choice ("Lieu 1, Lieu 2"), an order for ranked ("A > B").
export const choiceSeparator = (method: string): string => (method === 'ranked' ? ' > ' : ', ');
