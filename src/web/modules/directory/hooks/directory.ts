import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TOrganization, TOrganizationInput, TOrganizationSummary, TProduct, TProductInput } from "../../../../contracts/directory";
import { api } from "../../../api/client";
import { ME_KEY } from "../../account/session";

type Page<T> = { items: T[]; nextCursor: string | null; total: number };

export type OrganizationFilters = { q: string; country?: string; region?: string; sector?: string; hs?: string };
export type ProductFilters = { q: string; country?: string; region?: string; hs?: string; organizationId?: string };

const PAGE_SIZE = 20;

export function useOrganizationSearch(filters: OrganizationFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["organizations", "search", filters],
    queryFn: ({ pageParam }) => api.get<Page<TOrganizationSummary>>("/api/v1/organizations", { ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProductSearch(filters: ProductFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["products", "search", filters],
    queryFn: ({ pageParam }) => api.get<Page<TProduct>>("/api/v1/products", { ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery({ queryKey: ["organizations", id], queryFn: () => api.get<TOrganization>(`/api/v1/organizations/${id}`), enabled: !!id });
}

export function useProduct(id: string | undefined) {
  return useQuery({ queryKey: ["products", id], queryFn: () => api.get<TProduct>(`/api/v1/products/${id}`), enabled: !!id });
}

/** Creating or editing changes search results and (for organisations) the user's memberships. */
function useInvalidateDirectory() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ["organizations"] }),
      queryClient.invalidateQueries({ queryKey: ["products"] }),
      queryClient.invalidateQueries({ queryKey: ME_KEY }),
    ]);
  };
}

export function useSaveOrganization(id: string | undefined) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (input: TOrganizationInput) =>
      id ? api.patch<TOrganization>(`/api/v1/organizations/${id}`, input) : api.post<TOrganization>("/api/v1/organizations", input),
    onSuccess: invalidate,
  });
}

export function useUploadLogo() {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: ({ organizationId, file }: { organizationId: string; file: File }) =>
      api.upload<TOrganization>("PUT", `/api/v1/organizations/${organizationId}/logo`, "logo", file),
    onSuccess: invalidate,
  });
}

export function useSaveProduct(target: { productId?: string; organizationId?: string }) {
  const invalidate = useInvalidateDirectory();
  return useMutation({
    mutationFn: (input: TProductInput) =>
      target.productId
        ? api.patch<TProduct>(`/api/v1/products/${target.productId}`, input)
        : api.post<TProduct>(`/api/v1/organizations/${target.organizationId}/products`, input),
    onSuccess: invalidate,
  });
}

export function useDeleteProduct() {
  const invalidate = useInvalidateDirectory();
  return useMutation({ mutationFn: (productId: string) => api.delete(`/api/v1/products/${productId}`), onSuccess: invalidate });
}

export function useProductPhotos(productId: string) {
  const queryClient = useQueryClient();
  const store = (product: TProduct) => {
    queryClient.setQueryData(["products", productId], product);
    void queryClient.invalidateQueries({ queryKey: ["products", "search"] });
  };
  const add = useMutation({
    mutationFn: (file: File) => api.upload<TProduct>("POST", `/api/v1/products/${productId}/photos`, "photo", file),
    onSuccess: store,
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => api.delete<TProduct>(`/api/v1/products/${productId}/photos/${fileId}`),
    onSuccess: store,
  });
  return { add, remove };
}
